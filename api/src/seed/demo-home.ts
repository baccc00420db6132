import { INestApplicationContext, Logger } from '@nestjs/common';
import { FAMILY_TRACK_SUGGESTIONS, localDay, Permission, Role, shiftDay } from '@homeward/domain';
import { DataSource } from 'typeorm';
import { AgreementService } from '../agreement/agreement.service';
import { HomeContractService } from '../agreement/home-contract/home-contract.service';
import { Actor } from '../platform/actor';
import { CLOCK, Clock } from '../platform/clock';
import { RequestContext } from '../platform/request-context';
import { BoundariesService } from '../agreement/boundaries/boundaries.service';
import { ConsentsService } from '../planning/consents/consents.service';
import { ExpectationsService } from '../agreement/expectations/expectations.service';
import { SafetyPlansService } from '../safety/safety-plans/safety-plans.service';
import { FirstWeeksService } from '../agreement/first-weeks/first-weeks.service';
import { SupportNetworkService } from '../safety/support-network/support-network.service';
import { FamilyTrackCatalogueService } from '../identity/family-track/family-track-catalogue.service';
import { FamilyTrackService } from '../track-record/family-track/family-track.service';
import { PlansService } from '../planning/plans/plans.service';
import { PlanSummaries } from '../planning/plans/plan-summaries.service';
import { seedDemoCaseload } from './demo-caseload';
import { DEMO_PEOPLE } from './demo-seed';

const DAY_MS = 86_400_000;
const origin = { ip: 'demo-seed' };

/**
 * A lived-in home for the demo, so each demo person lands on something real: Pat's plan with
 * Maria and Sam on it, three weeks of check-ins, a call that went well and one coming up, an
 * agreed expectation and one waiting for Pat, Sam's boundary, and a contract Pat has signed.
 * Made through the same services people use (so the audit trail tells the same story), with the
 * past written straight in where a service only knows "now".
 */
export async function seedDemoHome(app: INestApplicationContext): Promise<void> {
  const dataSource = app.get(DataSource);
  const people: {
    email: string;
    userId: string;
    membershipId: string;
    organizationId: string;
    role: Role;
  }[] = await dataSource.query(
    `SELECT u.email, u.id AS "userId", m.id AS "membershipId", m.organization_id AS "organizationId", m.role
       FROM app_user u JOIN membership m ON m.user_id = u.id WHERE u.email = ANY($1)`,
    [DEMO_PEOPLE.map((p) => p.email)],
  );
  const actor = (email: string): Actor => {
    const person = people.find((p) => p.email === email) as (typeof people)[number];
    return {
      userId: person.userId,
      membershipId: person.membershipId,
      organizationId: person.organizationId,
      role: person.role,
      sessionId: 'demo-seed',
      language: 'EN',
    };
  };
  const [casey, pat, maria, sam] = ['counselor', 'patient', 'mother', 'partner'].map((who) =>
    actor(`${who}@harbor.example`),
  );
  const clock = app.get<Clock>(CLOCK);
  const now = clock.now().getTime();
  /** That many days ago (negative: ahead), on the hour given in UTC (the demo program is five hours behind). */
  const daysAgo = (days: number, hourUtc = 23) => {
    const at = new Date(now - days * DAY_MS);
    at.setUTCHours(hourUtc, 0, 0, 0);
    return at;
  };

  /** Acting as this person, as a request declaring this permission would: the same road. */
  const as = (person: Actor, permission: Permission | null = null) =>
    new RequestContext(person, origin, person.language, clock, dataSource.manager, permission);
  const plan = await app.get(PlansService).create(as(casey), {
    patientId: pat.membershipId,
    targetDate: new Date(now + 120 * DAY_MS).toISOString().slice(0, 10),
  });
  // The plan began three weeks ago; Maria and Sam joined in its first days (the invitation steps are shown in the journeys).
  await dataSource.transaction(async (manager) => {
    await manager.query('UPDATE plan SET created_at = $2 WHERE id = $1', [
      plan.id,
      daysAgo(23, 10),
    ]);
    await manager.query(
      `UPDATE plan_phase SET started_at = $2 WHERE plan_id = $1 AND status = 'CURRENT'`,
      [plan.id, daysAgo(23, 10)],
    );
    await manager.query(`UPDATE plan_member SET added_at = $2 WHERE plan_id = $1`, [
      plan.id,
      daysAgo(23, 10),
    ]);
    for (const [person, relationship, name, joined] of [
      [maria, 'PARENT', 'Maria Rivera', 22],
      [sam, 'PARTNER', 'Sam Rivera', 21],
    ] as const) {
      await manager.query(
        `INSERT INTO plan_member (plan_id, membership_id, kind, relationship, display_name, status, added_at) VALUES ($1, $2, 'FAMILY', $3, $4, 'ACTIVE', $5)`,
        [plan.id, person.membershipId, relationship, name, daysAgo(joined, 12)],
      );
    }
  });
  const members: { id: string; membership_id: string }[] = await dataSource.query(
    `SELECT id, membership_id FROM plan_member WHERE plan_id = $1`,
    [plan.id],
  );
  const place = (person: Actor) =>
    (members.find((m) => m.membership_id === person.membershipId) as { id: string }).id;

  // Three weeks of Pat's check-ins (a couple of days without), and a few of Maria's own.
  const [{ time_zone: zone }]: { time_zone: string }[] = await dataSource.query(
    'SELECT time_zone FROM organization WHERE id = $1',
    [pat.organizationId],
  );
  const today = localDay(new Date(now), zone);
  const moods = [3, 3, 2, 3, 4, 3, 4, 4, 3, 4, 4, 5, 4, 3, 4, 4, 5, 4, 4, 5, 4];
  for (const [index, mood] of moods.entries()) {
    const ago = moods.length - index;
    if (ago === 6 || ago === 13) continue;
    await dataSource.query(
      `INSERT INTO check_in (plan_id, member_id, day, mood, craving, attended_meeting, note, note_visibility, idempotency_key, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        plan.id,
        place(pat),
        shiftDay(today, ago),
        mood,
        Math.max(0, 7 - mood - (index % 3)),
        index % 2 === 0,
        ago === 2 ? 'Good talk with Mum on the phone.' : null,
        ago === 2 ? 'PLAN' : null,
        `demo-pat-${ago}`,
        daysAgo(ago),
      ],
    );
  }
  for (const ago of [9, 5, 2]) {
    await dataSource.query(
      `INSERT INTO check_in (plan_id, member_id, day, stress, wants_support, attended_meeting, idempotency_key, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        plan.id,
        place(maria),
        shiftDay(today, ago),
        ago === 9 ? 4 : 3,
        ago === 9,
        ago === 5,
        `demo-maria-${ago}`,
        daysAgo(ago),
      ],
    );
  }
  // Written straight in, so the caseload's summary of the check-ins is brought up to date here.
  await app.get(PlanSummaries).refresh(dataSource.manager, [plan.id]);
  // A video call last week that went well for both, and a phone call on Saturday waiting for Maria's yes.
  await dataSource.transaction(async (manager) => {
    const [call] = await manager.query(
      `INSERT INTO visit (plan_id, contact_type, starts_at, ends_at, place, status, requested_by_user_id, approved_by_user_id, closed_by_user_id, created_at)
       VALUES ($1, 'VIDEO', $2, $3, 'Video call', 'COMPLETED', $4, $5, $5, $6) RETURNING id`,
      [plan.id, daysAgo(6, 22), daysAgo(6, 23), pat.userId, casey.userId, daysAgo(8)],
    );
    for (const [person, rating, helped] of [
      [pat, 4, 'Hearing about the garden.'],
      [maria, 4, 'Seeing Pat smile.'],
    ] as const) {
      await manager.query(
        `INSERT INTO visit_participant (visit_id, member_id, willingness, responded_at) VALUES ($1, $2, 'WILLING', $3)`,
        [call.id, place(person), daysAgo(7)],
      );
      await manager.query(
        `INSERT INTO visit_debrief (visit_id, member_id, author_user_id, rating, boundaries_respected, helped, created_at) VALUES ($1, $2, $3, $4, true, $5, $6)`,
        [call.id, place(person), person.userId, rating, helped, daysAgo(5, 1)],
      );
    }
    const [next] = await manager.query(
      `INSERT INTO visit (plan_id, contact_type, starts_at, ends_at, place, status, requested_by_user_id, approved_by_user_id, created_at)
       VALUES ($1, 'PHONE', $2, $3, 'By phone', 'APPROVED', $4, $5, $6) RETURNING id`,
      [plan.id, daysAgo(-3, 22), daysAgo(-3, 23), pat.userId, casey.userId, daysAgo(1)],
    );
    await manager.query(
      `INSERT INTO visit_participant (visit_id, member_id, willingness, responded_at) VALUES ($1, $2, 'WILLING', $3), ($1, $4, 'PENDING', NULL)`,
      [next.id, place(pat), daysAgo(1), place(maria)],
    );
  });

  // Pat shares progress and check-ins with Maria; with Sam, nothing yet (he sees a kind word instead).
  await app.get(ConsentsService).grant(as(pat, 'consent.manage'), {
    memberId: place(maria),
    categories: ['PROGRESS', 'CHECKINS'],
    purpose: 'To support my return home',
    expiresAt: new Date(now + 180 * DAY_MS),
    signature: 'Pat Rivera',
  });

  // The agreement: one expectation agreed, one waiting for Pat, Sam's boundary acknowledged, the contract signed by Pat.
  const expectations = app.get(ExpectationsService);
  const calls = await expectations.propose(as(pat, 'agreement.takePart'), {
    planId: plan.id,
    fromMemberId: place(pat),
    toMemberId: place(maria),
    category: 'CONTACT',
    text: 'A phone call three evenings a week at 8, for now',
    appliesFromPhase: 1,
  });
  await expectations.answer(as(maria, 'agreement.takePart'), {
    expectationId: calls.id,
    version: 1,
    decision: 'ACCEPT',
  });
  const hardDays = await expectations.propose(as(sam, 'agreement.takePart'), {
    planId: plan.id,
    fromMemberId: place(sam),
    toMemberId: place(pat),
    category: 'SOBRIETY_SUPPORT',
    text: 'Tell me when you are having a hard day, before it builds up',
    appliesFromPhase: 1,
  });
  await expectations.comment(as(casey, 'agreement.coach'), {
    expectationId: hardDays.id,
    comment: 'A good one to talk through at Thursday’s family session.',
    suggestedText: 'Send a short message on a hard day, even just "hard day"',
  });
  const boundaries = app.get(BoundariesService);
  const alcohol = await boundaries.state(as(sam, 'agreement.takePart'), {
    planId: plan.id,
    category: 'HOUSEHOLD',
    need: 'No alcohol in the house',
    ifCrossed: 'If there is, I will end the visit',
    appliesToMemberIds: [place(pat)],
    visibility: 'PLAN',
  });
  await boundaries.acknowledge(as(pat, 'agreement.takePart'), {
    boundaryId: alcohol.id,
    version: 1,
  });
  const agreement = await app.get(AgreementService).read(as(pat, 'agreement.read'), plan.id);
  if (agreement.contract) {
    await app.get(HomeContractService).sign(as(pat, 'agreement.takePart'), {
      planId: plan.id,
      version: agreement.contract.version,
      typedName: 'Pat Rivera',
    });
  }
  // Pat's own safety plan, in his words; kept to himself and Casey until he shares it.
  await app.get(SafetyPlansService).save(as(pat, 'safetyPlan.write'), {
    planId: plan.id,
    warningSigns: ['Skipping meals and staying up late', 'Telling myself one night won’t matter'],
    copingStrategies: ['A walk around the block', 'Ten slow breaths, then text Casey'],
    distractions: ['The community garden on Saturdays', 'Calling my cousin Luis'],
    peopleToAsk: ['Maria (my mother)', 'My sponsor, Dev'],
    professionals: ['Casey Counselor', 'Call or text 988'],
    saferSurroundings: ['Nothing to drink in the flat', 'Stay away from the bar on 5th Street'],
    reviewOn: shiftDay(localDay(clock.now(), 'America/New_York'), -30),
  });
  // The people around Pat, private to him and Casey: a sponsor, a cousin with a condition, and
  // the old crowd he keeps away from.
  const network = app.get(SupportNetworkService);
  const keep = as(pat, 'supportNetwork.keep');
  await network.add(keep, { planId: plan.id, kind: 'COUNSELOR', name: 'Casey', mark: 'SAFE' });
  await network.add(keep, {
    planId: plan.id,
    kind: 'SPONSOR',
    name: 'Dev',
    mark: 'SAFE',
    contact: '555-0142',
  });
  await network.add(keep, {
    planId: plan.id,
    kind: 'RELATIVE',
    name: 'Luis (cousin)',
    mark: 'CONDITIONAL',
    condition: 'Coffee or the garden, not evenings at his place',
    fromPhase: 2,
  });
  await network.add(keep, {
    planId: plan.id,
    kind: 'OTHER',
    name: 'The old crowd from the bar on 5th Street',
    mark: 'KEEP_DISTANCE',
  });
  // The program's family track: the well-known groups and a CRAFT module, and Harbor's own
  // family evening, which Maria went to last week.
  const catalogue = app.get(FamilyTrackCatalogueService);
  const define = as(actor('admin@harbor.example'), 'familyTrack.define');
  for (const suggestion of FAMILY_TRACK_SUGGESTIONS) await catalogue.define(define, suggestion);
  const evening = await catalogue.define(define, {
    kind: 'EDUCATION_SESSION',
    title: 'Family evening: how recovery works',
    titleEs: 'Noche en familia: cómo funciona la recuperación',
    summary:
      'Thursdays at 6 in the garden room: what to expect in the first months, and questions.',
    summaryEs:
      'Los jueves a las 6 en la sala del jardín: qué esperar en los primeros meses, y preguntas.',
    link: 'https://harbor.example/family-evening',
  });
  await app.get(FamilyTrackService).mark(as(maria, 'familyTrack.mark'), {
    planId: plan.id,
    itemId: evening.id,
    mark: 'ATTENDED',
    day: shiftDay(localDay(clock.now(), 'America/New_York'), 6),
  });
  // The first weeks at home, prepared: Pat hopes for a party, Maria for a quiet start; Casey's
  // suggestion makes the gentle welcome something everyone expects.
  const firstWeeks = app.get(FirstWeeksService);
  const hope = (person: Actor) => as(person, 'agreement.takePart');
  await firstWeeks.writeHope(hope(pat), {
    planId: plan.id,
    topic: 'CELEBRATIONS',
    words: 'A welcome home dinner with everyone, the cousins too',
  });
  await firstWeeks.writeHope(hope(pat), {
    planId: plan.id,
    topic: 'PRIVACY',
    words: 'Some evenings on my own without being asked where I am going',
  });
  await firstWeeks.writeHope(hope(maria), {
    planId: plan.id,
    topic: 'CELEBRATIONS',
    words: 'Una cena tranquila en casa, solo nosotros, las primeras semanas',
  });
  await firstWeeks.writeHope(hope(maria), {
    planId: plan.id,
    topic: 'ROUTINES',
    words: 'Breakfast together on Sundays and dinner at seven',
  });
  await firstWeeks.suggest(as(casey, 'agreement.coach'), {
    planId: plan.id,
    topic: 'CELEBRATIONS',
    words: 'A quiet first weekend at home, a celebration with the wider family later',
  });
  new Logger('DemoSeed').log(
    "Seeded Pat Rivera's home: a plan with Maria and Sam, three weeks of check-ins, an agreement and a contract to sign",
  );
  // The rest of Casey's caseload: a household at each point a family can be.
  await seedDemoCaseload(app);
}
