import { INestApplicationContext, Logger } from '@nestjs/common';
import { Language, localDay, Permission, Relationship, Role, shiftDay } from '@homeward/domain';
import { DataSource } from 'typeorm';
import { AgreementService } from '../agreement/agreement.service';
import { BoundariesService } from '../agreement/boundaries/boundaries.service';
import { ExpectationsService } from '../agreement/expectations/expectations.service';
import { HomeContractService } from '../agreement/home-contract/home-contract.service';
import { PasswordService } from '../identity/auth/password.service';
import { PeopleService } from '../identity/people/people.service';
import { Actor } from '../platform/actor';
import { CLOCK, Clock } from '../platform/clock';
import { RequestContext } from '../platform/request-context';
import { ConsentsService } from '../planning/consents/consents.service';
import { PlanMembersService } from '../planning/plan-members/plan-members.service';
import { PlanSummaries } from '../planning/plans/plan-summaries.service';
import { PlansService } from '../planning/plans/plans.service';
import { AmendsService } from '../repair/amends/amends.service';
import { ConcernsService } from '../repair/concerns/concerns.service';
import { MessagesService } from '../repair/messages/messages.service';
import { LapseService } from '../safety/lapse/lapse.service';
import { PhaseMovesService } from '../track-record/phase-moves/phase-moves.service';
import { VisitsService } from '../track-record/visits/visits.service';
import { DEMO_PASSWORD } from './demo-seed';

const DAY_MS = 86_400_000;
const origin = { ip: 'demo-seed' };

/** Someone in a demo household, signing in with the demo password. */
export interface DemoPerson {
  email: string;
  name: string;
  language: Language;
}

export interface DemoRelative extends DemoPerson {
  relationship: Relationship;
  /** Invited by email and not signed up yet: no account, so no sign-in (that is the household's point). */
  invitedOnly?: boolean;
}

/**
 * One household of Casey's demo caseload: who they are, and the story of their plan, told
 * through the services people use. `build` acts at past moments (each step's own clock), so the
 * plan's history, its phases and last activity carry the dates the story has.
 */
export interface DemoHousehold {
  /** What Casey finds there, in a few words (README, the spec). */
  story: string;
  patient: DemoPerson;
  family: DemoRelative[];
  /** The plan began this many days ago (2 or more); the family was proposed that day and welcomed the next. */
  began: number;
  build(home: DemoHome): Promise<void>;
}

/** What a household's story is written with. */
export interface DemoHome {
  app: INestApplicationContext;
  planId: string;
  casey: Actor;
  /** The person of that email (patient or family) as an actor. */
  person(email: string): Actor;
  /** Their place on the plan. */
  place(email: string): string;
  /** A moment that many days ago (negative: ahead), at this hour in UTC (the demo program is five hours behind). */
  at(days: number, hourUtc?: number): Date;
  /** Acting as this person at that moment, as a request declaring this permission would: the same road. */
  as(person: Actor, permission: Permission, when: Date): RequestContext;
  /** Evening check-ins on those days ago (the patient's a mood and craving; family their stress). */
  checkIns(email: string, days: number[], note?: { day: number; text: string }): Promise<void>;
  /** Up the ladder to that phase on that day: Casey settles what stands in the way, everyone agrees. */
  climb(position: number, day: number, reason: string): Promise<void>;
}

/** Days from `from` down to `to` (both included), leaving out `skip`. */
const days = (from: number, to: number, skip: number[] = []) =>
  Array.from({ length: from - to + 1 }, (_, i) => from - i).filter((d) => !skip.includes(d));

/** Staff count a milestone met elsewhere as met, with their reason (a waiver, shown as such). */
const MET_ON_SITE = 'Met in sessions here on site; Casey counted it by hand.';

const okafor: DemoHousehold = {
  story: 'a new plan waiting for its family: Daniel’s invitation not yet accepted, no sharing yet',
  patient: { email: 'jordan.okafor@harbor.example', name: 'Jordan Okafor', language: 'EN' },
  family: [
    {
      email: 'grace.okafor@harbor.example',
      name: 'Grace Okafor',
      language: 'EN',
      relationship: 'PARENT',
    },
    {
      email: 'daniel.okafor@harbor.example',
      name: 'Daniel Okafor',
      language: 'EN',
      relationship: 'SIBLING',
      invitedOnly: true,
    },
  ],
  began: 2,
  async build(home) {
    // Grace is on the plan but Jordan has not chosen what to share with her yet.
    await home.checkIns('jordan.okafor@harbor.example', [1]);
  },
};

const hernandez: DemoHousehold = {
  story: 'supervised visits: one went well last week, the next is in three days',
  patient: { email: 'luis.hernandez@harbor.example', name: 'Luis Hernández', language: 'ES' },
  family: [
    {
      email: 'rosa.hernandez@harbor.example',
      name: 'Rosa Hernández',
      language: 'ES',
      relationship: 'PARTNER',
    },
    {
      email: 'ana.hernandez@harbor.example',
      name: 'Ana Hernández',
      language: 'ES',
      relationship: 'CHILD',
    },
  ],
  began: 45,
  async build(home) {
    const { app, planId, casey, as, at, place, person } = home;
    const [luis, rosa] = ['luis', 'rosa'].map((n) => person(`${n}.hernandez@harbor.example`));
    await app.get(ConsentsService).grant(as(luis, 'consent.manage', at(43, 16)), {
      memberId: place('rosa.hernandez@harbor.example'),
      categories: ['PROGRESS', 'CHECKINS', 'VISIT_REFLECTIONS'],
      purpose: 'Para que Rosa sepa cómo voy',
      expiresAt: at(-150),
      signature: 'Luis Hernández',
    });
    await home.climb(2, 14, 'Llamadas constantes y buenas: listos para visitas supervisadas.');
    const visits = app.get(VisitsService);
    // Last week's visit, asked for, approved, held and looked back on, each on its own day.
    const held = await visits.request(as(luis, 'visit.request', at(11, 16)), {
      planId,
      contactType: 'ON_SITE_SUPERVISED',
      startsAt: at(7, 19),
      endsAt: at(7, 21),
      place: 'Harbor House, sala familiar',
      participantMemberIds: [
        place('luis.hernandez@harbor.example'),
        place('rosa.hernandez@harbor.example'),
      ],
    });
    await visits.approve(as(casey, 'visit.manage', at(10, 15)), {
      visitId: held.id,
      supervisorId: casey.membershipId,
    });
    await visits.respond(as(rosa, 'visit.respond', at(10, 23)), {
      visitId: held.id,
      willing: true,
    });
    await visits.close(as(casey, 'visit.manage', at(7, 22)), {
      visitId: held.id,
      outcome: 'COMPLETED',
    });
    for (const [who, helped] of [
      [luis, 'Ver a Rosa reír otra vez.'],
      [rosa, 'Hablamos sin discutir.'],
    ] as const) {
      await visits.debrief(as(who, 'visit.debrief', at(6, 1)), {
        visitId: held.id,
        rating: 4,
        boundariesRespected: true,
        helped,
      });
    }
    // The next one, in three days, with Ana too: Rosa is coming, Ana has not answered yet.
    const next = await visits.request(as(luis, 'visit.request', at(2, 16)), {
      planId,
      contactType: 'ON_SITE_SUPERVISED',
      startsAt: at(-3, 19),
      endsAt: at(-3, 21),
      place: 'Harbor House, sala familiar',
      participantMemberIds: [
        place('luis.hernandez@harbor.example'),
        place('rosa.hernandez@harbor.example'),
        place('ana.hernandez@harbor.example'),
      ],
    });
    await visits.approve(as(casey, 'visit.manage', at(1, 15)), {
      visitId: next.id,
      supervisorId: casey.membershipId,
    });
    await visits.respond(as(rosa, 'visit.respond', at(1, 22)), { visitId: next.id, willing: true });
    await home.checkIns('luis.hernandez@harbor.example', days(20, 1, [9, 16]), {
      day: 6,
      text: 'La visita me dio fuerzas.',
    });
    await home.checkIns('rosa.hernandez@harbor.example', [12, 6, 2]);
    await home.checkIns('ana.hernandez@harbor.example', [5, 1]);
  },
};

const bell: DemoHousehold = {
  story: 'an open concern Denise raised about a boundary, waiting for Casey',
  patient: { email: 'marcus.bell@harbor.example', name: 'Marcus Bell', language: 'EN' },
  family: [
    {
      email: 'denise.bell@harbor.example',
      name: 'Denise Bell',
      language: 'EN',
      relationship: 'PARENT',
    },
    {
      email: 'keisha.bell@harbor.example',
      name: 'Keisha Bell',
      language: 'EN',
      relationship: 'SIBLING',
    },
  ],
  began: 30,
  async build(home) {
    const { app, planId, as, at, place, person } = home;
    const marcus = person('marcus.bell@harbor.example');
    const denise = person('denise.bell@harbor.example');
    const boundaries = app.get(BoundariesService);
    const money = await boundaries.state(as(denise, 'agreement.takePart', at(20, 17)), {
      planId,
      category: 'MONEY',
      need: 'Please don’t ask me for money; if you need something, we talk it over with Casey',
      ifCrossed: 'I will end the call kindly, and we talk about it at the next family session',
      appliesToMemberIds: [place('marcus.bell@harbor.example')],
      visibility: 'PLAN',
    });
    await boundaries.acknowledge(as(marcus, 'agreement.takePart', at(19, 22)), {
      boundaryId: money.id,
      version: 1,
    });
    await app.get(ConcernsService).raise(as(denise, 'concern.raise', at(2, 1)), {
      planId,
      subject: 'BOUNDARY',
      boundaryId: money.id,
      severity: 'MEDIUM',
      aboutMemberIds: [place('marcus.bell@harbor.example')],
      words:
        'Marcus asked me for money twice on the phone this week. I said no, but it is wearing me down and I would like to talk it through.',
      shareOwnWords: false,
    });
    await home.checkIns('marcus.bell@harbor.example', days(18, 1, [4, 11]));
    await home.checkIns('denise.bell@harbor.example', [15, 8, 2]);
    await home.checkIns('keisha.bell@harbor.example', [10, 1]);
  },
};

const chen: DemoHousehold = {
  story: 'homecoming: five phases behind them, a contract everyone signed, the last milestones met',
  patient: { email: 'mei.chen@harbor.example', name: 'Mei Chen', language: 'EN' },
  family: [
    { email: 'wei.chen@harbor.example', name: 'Wei Chen', language: 'EN', relationship: 'PARTNER' },
    { email: 'lily.chen@harbor.example', name: 'Lily Chen', language: 'EN', relationship: 'CHILD' },
  ],
  began: 150,
  async build(home) {
    const { app, planId, as, at, place, person } = home;
    const [mei, wei, lily] = ['mei', 'wei', 'lily'].map((n) => person(`${n}.chen@harbor.example`));
    await app.get(ConsentsService).grant(as(mei, 'consent.manage', at(148, 16)), {
      memberId: place('wei.chen@harbor.example'),
      categories: ['PROGRESS', 'CHECKINS', 'ATTENDANCE'],
      purpose: 'So Wei can follow my progress home',
      expiresAt: at(-200),
      signature: 'Mei Chen',
    });
    const expectations = app.get(ExpectationsService);
    const dinner = await expectations.propose(as(mei, 'agreement.takePart', at(140, 17)), {
      planId,
      fromMemberId: place('mei.chen@harbor.example'),
      toMemberId: place('wei.chen@harbor.example'),
      category: 'TIME_TOGETHER',
      text: 'Sunday dinner together, phones away',
      appliesFromPhase: 3,
    });
    await expectations.answer(as(wei, 'agreement.takePart', at(139, 23)), {
      expectationId: dinner.id,
      version: 1,
      decision: 'ACCEPT',
    });
    await home.climb(2, 120, 'Steady calls and check-ins: ready to meet on site.');
    await home.climb(3, 92, 'Supervised visits went well, family sessions kept.');
    // Nights at home need the home contract signed by everyone on the plan.
    const contract = (
      await app.get(AgreementService).read(as(mei, 'agreement.read', at(75)), planId)
    ).contract;
    for (const [who, name, day] of [
      [mei, 'Mei Chen', 75],
      [wei, 'Wei Chen', 74],
      [lily, 'Lily Chen', 73],
    ] as const) {
      await app.get(HomeContractService).sign(as(who, 'agreement.takePart', at(day, 23)), {
        planId,
        version: contract?.version ?? 1,
        typedName: name,
      });
    }
    await home.climb(4, 62, 'Day passes went well; the contract is signed.');
    await home.climb(5, 38, 'The first night home went well.');
    await home.climb(6, 12, 'Weekends went well; the lapse plan is talked through.');
    await home.checkIns('mei.chen@harbor.example', days(60, 1, [23, 41]));
    await home.checkIns('wei.chen@harbor.example', days(24, 1, [3, 5, 8, 10, 13, 17, 19, 22]));
    await home.checkIns('lily.chen@harbor.example', [9, 4, 1]);
  },
};

const thompson: DemoHousehold = {
  story: 'gone quiet: no check-in from Aaliyah for five days, nor from Renee',
  patient: {
    email: 'aaliyah.thompson@harbor.example',
    name: 'Aaliyah Thompson',
    language: 'EN',
  },
  family: [
    {
      email: 'renee.thompson@harbor.example',
      name: 'Renee Thompson',
      language: 'EN',
      relationship: 'PARENT',
    },
  ],
  began: 26,
  async build(home) {
    await home.checkIns('aaliyah.thompson@harbor.example', days(24, 5, [12, 15, 16]));
    await home.checkIns('renee.thompson@harbor.example', [20, 13, 6]);
  },
};

const delgado: DemoHousehold = {
  story: 'messages between Carmen and Lucía, and an amends Carmen offered Miguel',
  patient: { email: 'carmen.delgado@harbor.example', name: 'Carmen Delgado', language: 'ES' },
  family: [
    {
      email: 'miguel.delgado@harbor.example',
      name: 'Miguel Delgado',
      language: 'ES',
      relationship: 'PARTNER',
    },
    {
      email: 'lucia.delgado@harbor.example',
      name: 'Lucía Delgado',
      language: 'ES',
      relationship: 'CHILD',
    },
  ],
  began: 75,
  async build(home) {
    const { app, planId, casey, as, at, place, person } = home;
    const [carmen, lucia] = ['carmen', 'lucia'].map((n) => person(`${n}.delgado@harbor.example`));
    for (const [who, day] of [
      ['miguel', 73],
      ['lucia', 72],
    ] as const) {
      await app.get(ConsentsService).grant(as(carmen, 'consent.manage', at(day, 16)), {
        memberId: place(`${who}.delgado@harbor.example`),
        categories: ['PROGRESS'],
        purpose: 'Para que mi familia vea cómo avanzo',
        expiresAt: at(-120),
        signature: 'Carmen Delgado',
      });
    }
    await home.climb(2, 50, 'Buenas llamadas y constancia: listos para visitas supervisadas.');
    await home.climb(3, 15, 'Las visitas y las sesiones familiares fueron bien.');
    const messages = app.get(MessagesService);
    const thread = await messages.start(as(carmen, 'message.write', at(3, 1)), {
      planId,
      memberIds: [place('lucia.delgado@harbor.example')],
      body: 'Lucía, gracias por venir el domingo. Me hizo mucho bien verte.',
      idempotencyKey: 'demo-delgado-1',
    });
    // Lucía read it before she answered; Carmen's last word is still unread.
    await messages.markSeen(as(lucia, 'message.read', at(3, 2)), thread.id);
    await messages.sendMessage(as(lucia, 'message.write', at(3, 2)), {
      threadId: thread.id,
      body: 'A mí también, mamá. ¿Te llamo el sábado?',
      idempotencyKey: 'demo-delgado-2',
    });
    await messages.sendMessage(as(carmen, 'message.write', at(2, 23)), {
      threadId: thread.id,
      body: 'Sí, por favor. A las 6 estoy libre.',
      idempotencyKey: 'demo-delgado-3',
    });
    const amends = app.get(AmendsService);
    const offered = await amends.prepare(as(carmen, 'amends.prepare', at(5, 1)), {
      planId,
      recipientMemberId: place('miguel.delgado@harbor.example'),
      whatHappened:
        'Durante mucho tiempo te mentí sobre el dinero y sobre dónde estaba. Te dejé solo con las cuentas y con Lucía.',
      responsibility: 'Fue mi decisión y es mi responsabilidad, no la tuya.',
      willDoDifferently:
        'Decirte la verdad aunque cueste, y hablar de dinero contigo y con Casey una vez al mes.',
    });
    await amends.review(as(casey, 'amends.review', at(4, 15)), offered.id);
    await home.checkIns('carmen.delgado@harbor.example', days(21, 1, [7, 14]));
    await home.checkIns('miguel.delgado@harbor.example', [9, 4, 2]);
    await home.checkIns('lucia.delgado@harbor.example', [6, 3, 1]);
  },
};

const nair: DemoHousehold = {
  story: 'paused for a while, with Casey’s reason: Arjun is abroad with his father',
  patient: { email: 'priya.nair@harbor.example', name: 'Priya Nair', language: 'EN' },
  family: [
    {
      email: 'arjun.nair@harbor.example',
      name: 'Arjun Nair',
      language: 'EN',
      relationship: 'PARTNER',
    },
  ],
  began: 60,
  async build(home) {
    const { app, planId, casey, as, at } = home;
    await home.climb(2, 31, 'Calls going well on both sides: ready for supervised visits.');
    await home.checkIns('priya.nair@harbor.example', days(30, 12, [19, 25]));
    await home.checkIns('arjun.nair@harbor.example', [28, 21, 14]);
    await app.get(PlansService).setStatus(as(casey, 'plan.manage', at(11, 15)), {
      id: planId,
      status: 'PAUSED',
      reason:
        'Arjun is abroad caring for his father until the end of the month; we pick up together when he is back.',
    });
  },
};

const kowalski: DemoHousehold = {
  story:
    'paused after a hard day, following the plan they agreed: Ewa told as agreed, one step back in done',
  patient: { email: 'adam.kowalski@harbor.example', name: 'Adam Kowalski', language: 'EN' },
  family: [
    {
      email: 'ewa.kowalski@harbor.example',
      name: 'Ewa Kowalski',
      language: 'EN',
      relationship: 'PARENT',
    },
    {
      email: 'nina.kowalski@harbor.example',
      name: 'Nina Kowalski',
      language: 'EN',
      relationship: 'SIBLING',
    },
  ],
  began: 70,
  async build(home) {
    const { app, planId, casey, as, at, place, person } = home;
    const [adam, ewa, nina] = ['adam', 'ewa', 'nina'].map((n) =>
      person(`${n}.kowalski@harbor.example`),
    );
    await app.get(ConsentsService).grant(as(adam, 'consent.manage', at(68, 16)), {
      memberId: place('ewa.kowalski@harbor.example'),
      categories: ['PROGRESS', 'CHECKINS'],
      purpose: 'So my mother knows how I am doing',
      expiresAt: at(-120),
      signature: 'Adam Kowalski',
    });
    await home.climb(2, 45, 'Steady calls and honest check-ins: ready for supervised visits.');
    const lapses = app.get(LapseService);
    // Agreed in advance, before anything happened: what a hard day means and what follows.
    const proposed = await lapses.propose(as(casey, 'lapse.manage', at(40, 15)), {
      planId,
      whatItMeans:
        'A hard day is a day Adam uses again. It is a day, not the end of the plan: we talk, we slow down, and we go on.',
      toldMemberIds: [place('ewa.kowalski@harbor.example')],
      toldBy: 'Casey calls Ewa the same day; Adam tells Nina himself when he is ready.',
      pausesVisits: true,
      maxPauseDays: 21,
      stepsBackIn: [
        'A session with Casey within three days',
        'A week of daily check-ins',
        'A family session to talk about what helps',
      ],
    });
    const versionId = proposed.versions[0].id;
    await lapses.accept(as(adam, 'lapse.takePart', at(39, 17)), { versionId });
    await lapses.accept(as(ewa, 'lapse.takePart', at(39, 20)), { versionId });
    await lapses.accept(as(nina, 'lapse.takePart', at(38, 23)), { versionId });
    await home.checkIns('adam.kowalski@harbor.example', days(60, 1, [22, 6, 5]));
    await home.checkIns('ewa.kowalski@harbor.example', [40, 33, 26, 19, 12, 5, 2]);
    await home.checkIns('nina.kowalski@harbor.example', [30, 16, 4]);
    const recorded = await lapses.record(as(adam, 'lapse.record', at(5, 16)), {
      planId,
      happenedOn: localDay(at(6, 16), 'America/New_York'),
      words: 'I had a hard day on Saturday. I told Casey on Sunday and I am back at my meetings.',
    });
    await lapses.checkStep(as(casey, 'lapse.manage', at(3, 15)), {
      lapseId: recorded.lapses[0].id,
      position: 0,
    });
  },
};

/**
 * Casey's caseload beside Pat's home, one household at each point a family can be. Each is
 * independent: a new household is one more entry at the end of this list.
 */
export const DEMO_HOUSEHOLDS: DemoHousehold[] = [
  okafor,
  hernandez,
  bell,
  chen,
  thompson,
  delgado,
  nair,
  kowalski,
];

/** Every person of the demo households who can sign in (the invited-only have no account yet). */
export const DEMO_HOUSEHOLD_PEOPLE: DemoPerson[] = DEMO_HOUSEHOLDS.flatMap((h) => [
  h.patient,
  ...h.family.filter((f) => !f.invitedOnly),
]);

/**
 * Seeds the households of DEMO_HOUSEHOLDS into the demo organization, on Casey's caseload.
 * Accounts are made as seedDemo makes them; everything after goes through the services.
 */
export async function seedDemoCaseload(app: INestApplicationContext): Promise<void> {
  const dataSource = app.get(DataSource);
  const people = app.get(PeopleService);
  const clock = app.get<Clock>(CLOCK);
  const [staff]: { userId: string; membershipId: string; organizationId: string; role: Role }[] =
    await dataSource.query(
      `SELECT u.id AS "userId", m.id AS "membershipId", m.organization_id AS "organizationId", m.role
         FROM app_user u JOIN membership m ON m.user_id = u.id WHERE u.email = $1`,
      ['counselor@harbor.example'],
    );
  const actorOf = (
    row: { userId: string; membershipId: string; role: Role },
    language: Language,
  ): Actor => ({
    userId: row.userId,
    membershipId: row.membershipId,
    organizationId: staff.organizationId,
    role: row.role,
    sessionId: 'demo-seed',
    language,
  });
  const casey = actorOf(staff, 'EN');
  const [{ time_zone: zone }]: { time_zone: string }[] = await dataSource.query(
    'SELECT time_zone FROM organization WHERE id = $1',
    [staff.organizationId],
  );
  const now = clock.now().getTime();
  const today = localDay(new Date(now), zone);
  const at = (ago: number, hourUtc = 23) => {
    const moment = new Date(now - ago * DAY_MS);
    moment.setUTCHours(hourUtc, 0, 0, 0);
    return moment;
  };
  const as = (person: Actor, permission: Permission, when: Date) =>
    new RequestContext(
      person,
      origin,
      person.language,
      { now: () => new Date(when) },
      dataSource.manager,
      permission,
    );
  // One hash for everyone: the same published password, and argon2 is slow on purpose.
  const passwordHash = await app.get(PasswordService).hash(DEMO_PASSWORD);
  const plans = app.get(PlansService);
  const members = app.get(PlanMembersService);
  const phaseMoves = app.get(PhaseMovesService);
  const seedHousehold = async (household: DemoHousehold): Promise<string> => {
    // The family is welcomed the day after the plan begins, and that day must be behind us.
    if (household.began < 2) throw new Error('A demo household began two days ago or more');
    const actors = new Map<string, Actor>();
    await dataSource.transaction(async (manager) => {
      for (const who of [household.patient, ...household.family]) {
        if ('invitedOnly' in who && who.invitedOnly) continue;
        const account = await people.createAccount(manager, {
          email: who.email,
          displayName: who.name,
          passwordHash,
          language: who.language,
        });
        const role: Role = who === household.patient ? 'PATIENT' : 'FAMILY';
        const membership = await people.join(manager, {
          organizationId: staff.organizationId,
          userId: account.id,
          role,
        });
        actors.set(
          who.email,
          actorOf({ userId: account.id, membershipId: membership.id, role }, who.language),
        );
      }
    });
    const person = (email: string) => actors.get(email) as Actor;
    const patient = person(household.patient.email);
    const plan = await plans.create(as(casey, 'plan.create', at(household.began, 15)), {
      patientId: patient.membershipId,
      targetDate: shiftDay(today, household.began - 180),
    });
    const patientPlace = plan.members.find((m) => m.kind === 'PATIENT')?.id as string;
    const places = new Map<string, string>([[household.patient.email, patientPlace]]);
    // Casey proposes the family the day the plan begins; the patient welcomes them the next.
    for (const [index, relative] of household.family.entries()) {
      const { member } = await members.addFamily(
        as(
          casey,
          'plan.manage',
          new Date(at(household.began, 15).getTime() + (index + 1) * 60_000),
        ),
        {
          planId: plan.id,
          email: relative.email,
          displayName: relative.name,
          relationship: relative.relationship,
        },
      );
      places.set(relative.email, member.id);
    }
    for (const [index, relative] of household.family.entries()) {
      await members.respond(
        as(
          patient,
          'member.approve',
          new Date(at(household.began - 1, 17).getTime() + index * 60_000),
        ),
        { memberId: places.get(relative.email) as string, approve: true },
      );
    }
    const place = (email: string) => places.get(email) as string;

    const home: DemoHome = {
      app,
      planId: plan.id,
      casey,
      person,
      place,
      at,
      as,
      async checkIns(email, ago, note) {
        // Written straight in, as Pat's are: through the road each day would be a change of its
        // own, hundreds of them, too slow for a seed that runs at start-up.
        const who = person(email);
        const own = who.role === 'PATIENT';
        const rows = ago.map((day, index) => {
          const mood = [3, 4, 4, 3, 5, 4, 2, 4][index % 8];
          const noted = own && note?.day === day;
          return [
            plan.id,
            place(email),
            shiftDay(today, day),
            own ? mood : null,
            own ? Math.max(0, 6 - mood - (index % 3)) : null,
            own ? null : 2 + (index % 3),
            own ? null : index % 4 === 0,
            index % 3 === 0,
            noted ? note.text : null,
            noted ? 'PLAN' : null,
            `demo-${plan.id.slice(0, 8)}-${who.membershipId.slice(0, 8)}-${day}`,
            at(day, 23),
          ];
        });
        if (rows.length === 0) return;
        const values = rows.map(
          (row, r) => `(${row.map((_, c) => `$${r * row.length + c + 1}`).join(', ')})`,
        );
        await dataSource.query(
          `INSERT INTO check_in (plan_id, member_id, day, mood, craving, stress, wants_support, attended_meeting, note, note_visibility, idempotency_key, created_at)
           VALUES ${values.join(', ')}`,
          rows.flat(),
        );
        // A check-in on the road counts as the plan's activity; so does one written here.
        await dataSource.query(
          'UPDATE plan SET last_activity_at = GREATEST(last_activity_at, $2) WHERE id = $1',
          [plan.id, at(Math.min(...ago), 23)],
        );
      },
      async climb(position, day, reason) {
        const ladder = await plans.phases(dataSource.manager, plan.id, 'EN');
        const current = ladder.find((p) => p.status === 'CURRENT');
        if (!current || current.position + 1 !== position)
          throw new Error(`The demo climbs one phase at a time (to ${position})`);
        let minute = 0;
        const soon = (hourUtc: number) => new Date(at(day, hourUtc).getTime() + minute++ * 60_000);
        for (const milestone of current.milestones.filter((m) => !m.achievedAt)) {
          await phaseMoves.decideMilestone(as(casey, 'milestone.decide', soon(14)), {
            milestoneId: milestone.id,
            ...(milestone.kind === 'MANUAL'
              ? { decision: 'VERIFY' as const }
              : { decision: 'WAIVE' as const, reason: MET_ON_SITE }),
          });
        }
        const proposal = await phaseMoves.propose(as(casey, 'phase.move', soon(15)), {
          planId: plan.id,
          reason,
        });
        for (const email of places.keys()) {
          const who = actors.get(email);
          if (!who) continue;
          await phaseMoves.answer(as(who, 'phase.answer', soon(22)), {
            proposalId: proposal.id,
            agree: true,
          });
        }
      },
    };
    await household.build(home);
    return plan.id;
  };
  // Side by side: each household is its own plan (its own lock), so their stories interleave freely.
  const planIds = await Promise.all(DEMO_HOUSEHOLDS.map(seedHousehold));
  // Check-ins were written straight in, so the caseload's summary of them is brought up to date here.
  await app.get(PlanSummaries).refresh(dataSource.manager, planIds);
  new Logger('DemoSeed').log(
    `Seeded ${DEMO_HOUSEHOLDS.length} more households on Casey Counselor's caseload`,
  );
}
