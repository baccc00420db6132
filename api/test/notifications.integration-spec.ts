import { ParsedMail } from 'mailparser';
import { PlanChanges } from '../src/plan-changes/plan-changes.service';
import { LiveUpdates } from '../src/platform/live/live-updates';
import { Mailer } from '../src/platform/mail/mailer.service';
import { RequestContext } from '../src/platform/request-context';
import { nextLocal } from '../src/reaching/notifications/delivery-time';
import { RemindersService } from '../src/reaching/notifications/reminders.service';
import { createTestApp, TestApp } from './create-test-app';
import { createHome, data, Home, refusal, Who } from './home';
import { indiscretions } from './discreet-mail';
import { subscribeLive } from './live-client';
import { MailSink, startMailSink } from './mail-sink';

const DAY = 86_400_000;
const REQUEST =
  'mutation($i: RequestVisitInput!) { requestVisit(input: $i) { id participants { memberId willingness } } }';
const RESPOND = 'mutation($i: RespondToVisitInput!) { respondToVisit(input: $i) { id } }';
const CHECK_IN = 'mutation($i: PatientCheckInInput!) { submitCheckIn(input: $i) { id } }';
const NOTIFICATIONS = '{ notifications { id kind planId path readAt } unreadNotificationCount }';
const SETTINGS =
  'mutation($i: NotificationSettingsInput!) { updateNotificationSettings(input: $i) { emailGroups quietFrom quietUntil timeZone } }';

interface Told {
  notifications: {
    id: string;
    kind: string;
    planId: string | null;
    path: string;
    readAt: string | null;
  }[];
  unreadNotificationCount: number;
}

const defaults = {
  emailGroups: ['WAITING', 'VISITS', 'REMINDERS', 'SHARED'],
  digest: false,
  digestTime: '18:00',
  quietFrom: null,
  quietUntil: null,
  checkInReminderAt: null,
  caseloadDigest: false,
  allPaused: false,
};

describe('reaching people: notifications in the app and by email', () => {
  let t: TestApp;
  let home: Home;
  let sink: MailSink;
  /** A second API instance on the same database and clock. */
  let second: TestApp;
  let keys = 0;

  const as = (who: Who) => ({ cookie: home.cookie[who] });
  const told = async (who: Who) => data(await t.gql<Told>(NOTIFICATIONS, {}, as(who)));
  const deliver = () => t.app.get(Mailer).deliverDue();
  const mailTo = (email: string) => sink.messages.filter((m) => addressOf(m) === email);
  const emailOf = async (who: 'mother' | 'patient' | 'counselor') => {
    const role = { mother: 'FAMILY', patient: 'PATIENT', counselor: 'COUNSELOR' } as const;
    return home.org.people[role[who]].email;
  };
  const at = (days: number, hour = 15) =>
    new Date(Date.parse(t.clock.now().toISOString().slice(0, 10)) + days * DAY + hour * 3_600_000);
  const requestVisit = (who: Who, participants: string[], inDays = 2) =>
    t.gql<{
      requestVisit: { id: string; participants: { memberId: string; willingness: string }[] };
    }>(
      REQUEST,
      {
        i: {
          planId: home.planId,
          contactType: 'PHONE',
          startsAt: at(inDays).toISOString(),
          endsAt: at(inDays, 16).toISOString(),
          place: 'By phone',
          participantMemberIds: participants,
        },
      },
      as(who),
    );
  const checkIn = (craving = 2) =>
    t.gql(
      CHECK_IN,
      {
        i: {
          planId: home.planId,
          idempotencyKey: `key-${keys++}-check-in`,
          mood: 4,
          craving,
          attendedMeeting: true,
        },
      },
      as('patient'),
    );
  /** Moves the clock on to the next moment Chicago's clocks show `time`, and signs everyone in again. */
  const moveToChicago = async (time: string) => {
    const next = nextLocal(new Date(t.clock.now().getTime() + 60_000), 'America/Chicago', time);
    t.clock.advanceMinutes((next.getTime() - t.clock.now().getTime()) / 60_000);
    await home.signInAgain();
  };
  const settings = (who: Who, changes: Record<string, unknown>) =>
    t.gql(SETTINGS, { i: { ...defaults, ...changes } }, as(who));

  beforeAll(async () => {
    sink = await startMailSink();
    const env = { SMTP_URL: sink.url, PUBLIC_URL: 'https://homeward.test' };
    t = await createTestApp({ env });
    second = await createTestApp({ env, sameDatabaseAs: t });
  });
  beforeEach(async () => {
    home = await createHome(t);
  });
  afterAll(async () => {
    await second.close();
    await t.close();
    await sink.close();
  });

  it('tells the person a visit waits on, in the app and by a discreet mail that links there, and not the one who asked', async () => {
    const visit = data(
      await requestVisit('patient', [home.member.patient, home.member.mother]),
    ).requestVisit;
    const mother = await told('mother');
    expect(mother.unreadNotificationCount).toBe(1);
    expect(mother.notifications[0]).toMatchObject({
      kind: 'CONFIRM_VISIT',
      planId: home.planId,
      path: `/family/visits/${home.planId}`,
      readAt: null,
    });
    expect((await told('patient')).notifications.map((n) => n.kind)).not.toContain('CONFIRM_VISIT');

    expect(await deliver()).toBeGreaterThan(0);
    const [mail] = mailTo(await emailOf('mother'));
    expect(mail.subject).toBe('You have an update in Homeward');
    expect(mail.text).toContain('A visit is waiting for your yes');
    expect(mail.text).toContain(`https://homeward.test/family/visits/${home.planId}`);
    expect(mail.html).toContain(`href="https://homeward.test/family/visits/${home.planId}"`);
    expect(mail.text).not.toContain(home.name.patient);

    // Once she has answered, it no longer waits: it stops counting as unread, and her bell hears it.
    const bell = await subscribeLive(await t.listen(), home.cookie.mother, {
      withNotifications: true,
    });
    expect(await bell.next()).toEqual({ topic: 'notifications', planId: null });
    data(await t.gql(RESPOND, { i: { visitId: visit.id, willing: true } }, as('mother')));
    expect((await told('mother')).unreadNotificationCount).toBe(0);
    expect([await bell.next(), await bell.next()]).toContainEqual({
      topic: 'notifications',
      planId: home.planId,
    });
    await bell.close();

    // Marking everything read answers how many were unread.
    data(await requestVisit('patient', [home.member.patient, home.member.mother], 3));
    const marked = await t.gql<{ markAllNotificationsRead: number }>(
      'mutation { markAllNotificationsRead }',
      {},
      as('mother'),
    );
    expect(data(marked).markAllNotificationsRead).toBe(1);
    expect((await told('mother')).unreadNotificationCount).toBe(0);
  });

  it('moves the bell live on another instance, once the change commits', async () => {
    const onSecond = await subscribeLive(await second.listen(), home.cookie.mother, {
      withNotifications: true,
    });
    await second.app.get(LiveUpdates).whenSubscribed(home.org.people.FAMILY.userId);
    // The subscription starts by telling the bell to read again (nothing missed since the page loaded).
    expect(await onSecond.next()).toEqual({ topic: 'notifications', planId: null });
    data(await requestVisit('patient', [home.member.patient, home.member.mother]));
    const seen = [await onSecond.next(), await onSecond.next()];
    expect(seen).toContainEqual({ topic: 'notifications', planId: home.planId });
    expect(seen).toContainEqual({ topic: 'visits', planId: home.planId });
    await onSecond.close();
  });

  it('writes in the recipient’s own language', async () => {
    await t.gql('mutation { setLanguage(language: ES) { id } }', {}, as('mother'));
    data(await requestVisit('patient', [home.member.patient, home.member.mother]));
    await deliver();
    const mail = mailTo(await emailOf('mother')).at(-1) as ParsedMail;
    expect(mail.subject).toBe('Tienes una novedad en Homeward');
    expect(mail.text).toContain('Una visita espera tu sí');
    await t.gql('mutation { setLanguage(language: EN) { id } }', {}, as('mother'));
  });

  it('sends nothing for a change that was rolled back', async () => {
    const notifications = await t.count('notification');
    const mails = await t.count('outgoing_mail');
    const patient = home.org.people.PATIENT;
    const [{ sessionId }] = await t.dataSource.query(
      'SELECT id AS "sessionId" FROM session WHERE user_id = $1 LIMIT 1',
      [patient.userId],
    );
    const ctx = RequestContext.forActor(
      {
        userId: patient.userId,
        membershipId: patient.membershipId,
        organizationId: home.org.id,
        role: 'PATIENT',
        sessionId,
        language: 'EN',
      },
      t.clock,
      t.dataSource.manager,
    ).as('plan.askPause');
    // A pause asked for reaches the counselor; here the change stops before it commits.
    await expect(
      t.app.get(PlanChanges).run(ctx, home.planId, async () => ({
        event: {
          type: 'plan.plan_paused',
          recordType: 'plan',
          recordId: home.planId,
          details: { askedByMember: true },
        },
        answer: async () => {
          throw new Error('stopped before commit');
        },
      })),
    ).rejects.toThrow('stopped before commit');
    expect(await t.count('notification')).toBe(notifications);
    expect(await t.count('outgoing_mail')).toBe(mails);
  });

  it('holds mail through quiet hours in the person’s own time zone, and sends it when they end', async () => {
    await moveToChicago('03:00'); // inside 22:00–07:00
    data(
      await t.gql('mutation { setTimeZone(timeZone: "America/Chicago") { id } }', {}, as('mother')),
    );
    data(await settings('mother', { quietFrom: '22:00', quietUntil: '07:00' }));
    const before = mailTo(await emailOf('mother')).length;
    data(await requestVisit('patient', [home.member.patient, home.member.mother]));
    expect((await told('mother')).unreadNotificationCount).toBe(1);

    await deliver();
    expect(mailTo(await emailOf('mother'))).toHaveLength(before);
    await moveToChicago('06:59');
    await deliver();
    expect(mailTo(await emailOf('mother'))).toHaveLength(before);
    await moveToChicago('07:00'); // quiet hours are over
    await deliver();
    expect(mailTo(await emailOf('mother'))).toHaveLength(before + 1);
  });

  it('tells a family member of a check-in only while consent shares check-ins', async () => {
    const grant = await t.gql<{ grantConsent: { id: string } }>(
      'mutation($i: GrantConsentInput!) { grantConsent(input: $i) { id } }',
      {
        i: {
          memberId: home.member.mother,
          categories: ['CHECKINS'],
          purpose: 'To support my return home',
          expiresAt: new Date(t.clock.now().getTime() + 30 * DAY).toISOString(),
          signature: home.name.patient,
        },
      },
      as('patient'),
    );
    const consentId = data(grant).grantConsent.id;
    data(await checkIn());
    const shared = (await told('mother')).notifications.filter((n) => n.kind === 'CHECK_IN_SHARED');
    expect(shared).toHaveLength(1);
    expect(shared[0].path).toBe(`/family/record/${home.planId}`);
    // The partner has no consent: nothing about check-ins reaches them.
    expect((await told('partner')).notifications.map((n) => n.kind)).not.toContain(
      'CHECK_IN_SHARED',
    );

    data(
      await t.gql(
        'mutation($id: ID!) { revokeConsent(id: $id) { id } }',
        { id: consentId },
        as('patient'),
      ),
    );
    const made = await t.count('notification');
    data(await checkIn());
    expect(await t.count('notification')).toBe(made);
    // What consent shared before is no longer listed, nor mailed.
    expect((await told('mother')).notifications.map((n) => n.kind)).not.toContain(
      'CHECK_IN_SHARED',
    );
  });

  it('tells the counselor of a high craving and of a pause asked for, and not the family', async () => {
    data(await checkIn(9));
    data(
      await t.gql(
        'mutation($i: AskToPauseInput!) { askToPause(input: $i) }',
        { i: { planId: home.planId, reason: 'I need a breather' } },
        as('mother'),
      ),
    );
    const counselor = await told('counselor');
    expect(counselor.notifications.map((n) => n.kind).sort()).toEqual(
      expect.arrayContaining(['STAFF_HIGH_CRAVING', 'STAFF_PAUSE_ASKED']),
    );
    expect(counselor.notifications.find((n) => n.kind === 'STAFF_HIGH_CRAVING')?.path).toBe(
      `/staff/plans/${home.planId}/record`,
    );
    expect((await told('mother')).notifications.map((n) => n.kind)).not.toContain(
      'STAFF_HIGH_CRAVING',
    );
  });

  it('reminds of the daily check-in once, at the person’s own time, with two instances sweeping and sending at once', async () => {
    data(
      await t.gql(
        'mutation { setTimeZone(timeZone: "America/Chicago") { id } }',
        {},
        as('patient'),
      ),
    );
    data(await settings('patient', { emailGroups: ['REMINDERS'], checkInReminderAt: '08:00' }));
    const reminders = t.app.get(RemindersService);
    const elsewhere = second.app.get(RemindersService);
    const count = async () =>
      (await told('patient')).notifications.filter((n) => n.kind === 'CHECK_IN_REMINDER').length;

    await moveToChicago('07:55');
    await reminders.sweep(); // not yet
    expect(await count()).toBe(0);
    await moveToChicago('08:05');
    await Promise.all([reminders.sweep(), elsewhere.sweep(), reminders.sweep(), elsewhere.sweep()]);
    expect(await count()).toBe(1);
    const before = mailTo(await emailOf('patient')).length;
    await Promise.all([deliver(), second.app.get(Mailer).deliverDue()]);
    const mails = mailTo(await emailOf('patient'));
    expect(mails).toHaveLength(before + 1);
    expect(mails.at(-1)?.text).toContain('A reminder for your daily check-in');
    // The next day they check in before eight: no reminder is needed.
    await moveToChicago('07:30');
    data(await checkIn());
    await moveToChicago('08:05');
    await reminders.sweep();
    expect(await count()).toBe(1);
    // The day after, they have not: it comes again.
    await moveToChicago('08:05');
    await reminders.sweep();
    expect(await count()).toBe(2);
  });

  it('nudges the counselor once about someone quiet for three days, and reminds of a visit coming up', async () => {
    data(
      await t.gql(
        'mutation($i: ApproveVisitInput!) { approveVisit(input: $i) { id } }',
        {
          i: {
            visitId: data(await requestVisit('patient', [home.member.patient, home.member.mother]))
              .requestVisit.id,
          },
        },
        as('counselor'),
      ),
    );
    const reminders = t.app.get(RemindersService);
    const kinds = async (who: Who) => (await told(who)).notifications.map((n) => n.kind);

    await reminders.sweep(); // the visit is two days away; everyone checked in lately (they joined now)
    expect(await kinds('mother')).not.toContain('VISIT_TOMORROW');
    expect(await kinds('counselor')).not.toContain('STAFF_QUIET');

    t.clock.advanceDays(1.5);
    await home.signInAgain();
    await Promise.all([reminders.sweep(), reminders.sweep()]);
    expect((await kinds('mother')).filter((k) => k === 'VISIT_TOMORROW')).toHaveLength(1);
    expect((await kinds('patient')).filter((k) => k === 'VISIT_TOMORROW')).toHaveLength(1);
    expect(await kinds('partner')).not.toContain('VISIT_TOMORROW');

    t.clock.advanceDays(2);
    await home.signInAgain();
    await Promise.all([reminders.sweep(), reminders.sweep()]);
    const quiet = (await told('counselor')).notifications.filter((n) => n.kind === 'STAFF_QUIET');
    // The patient, Maria and Sam, once each; a family member is never told of it.
    expect(quiet.filter((n) => n.planId === home.planId)).toHaveLength(3);
    expect(quiet[0].path).toBe(`/staff/plans/${home.planId}/record`);
    expect(await kinds('mother')).not.toContain('STAFF_QUIET');
  });

  it('lets each person choose what comes by email, within what can reach them', async () => {
    const refused = await settings('counselor', { emailGroups: ['WAITING'] });
    expect(refusal(refused).reason).toBe('INPUT_EMAIL_GROUPS');
    const half = await settings('mother', { quietFrom: '22:00' });
    expect(refusal(half).reason).toBe('INPUT_QUIET_HOURS');

    data(await settings('mother', { emailGroups: [] }));
    const before = await t.count('outgoing_mail');
    data(await requestVisit('patient', [home.member.patient, home.member.mother]));
    expect((await told('mother')).unreadNotificationCount).toBe(1);
    expect(await t.count('outgoing_mail')).toBe(before);
  });

  it('never names treatment, the program or the patient in a subject or a preview', () => {
    expect(sink.messages.length).toBeGreaterThanOrEqual(4);
    for (const mail of sink.messages) {
      expect(indiscretions(mail, ['craving', 'Home Program', home.name.patient])).toEqual([]);
    }
  });
});

function addressOf(mail: ParsedMail): string | undefined {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address;
}
