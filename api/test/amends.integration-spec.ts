import { createTestApp, TestApp } from './create-test-app';
import { createHome, data, Home, refusal, Who } from './home';

const AMENDS = `id status recipientName patientName whatHappened responsibility willDoDifferently reply replyVisibility forMe`;
const PREPARE = `mutation($i: PrepareAmendsInput!) { prepareAmends(input: $i) { ${AMENDS} } }`;
const REVIEW = `mutation($id: ID!) { reviewAmends(id: $id) { ${AMENDS} } }`;
const CHOOSE = `mutation($i: ChooseAmendsInput!) { chooseAmends(input: $i) { ${AMENDS} } }`;
const REPLY = `mutation($i: ReplyToAmendsInput!) { replyToAmends(input: $i) { ${AMENDS} } }`;
const LIST = `query($p: ID!) { amends(planId: $p) { ${AMENDS} } }`;

interface Amends {
  id: string;
  status: string;
  whatHappened: string | null;
  reply: string | null;
  forMe: boolean;
}

describe('amends: prepared with the counselor, received when the recipient chooses', () => {
  let t: TestApp;
  let home: Home;
  const as = (who: Who) => ({ cookie: home.cookie[who] });
  const words = {
    whatHappened: 'I missed your birthday and did not call.',
    responsibility: 'I chose not to call because I was ashamed.',
    willDoDifferently: 'I will call you every Sunday, as we agreed.',
  };
  const prepare = (recipientMemberId: string) =>
    t.gql<{ prepareAmends: Amends }>(
      PREPARE,
      { i: { planId: home.planId, recipientMemberId, ...words } },
      as('patient'),
    );
  const list = async (who: Who) =>
    data(await t.gql<{ amends: Amends[] }>(LIST, { p: home.planId }, as(who))).amends;
  const count = async () =>
    Number((await t.dataSource.query('SELECT count(*) AS n FROM amends'))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    home = await createHome(t);
  });
  afterAll(() => t.close());

  it('goes from the patient, through the counselor, to Maria: "not now" is private, the reply optional', async () => {
    const { id } = data(await prepare(home.member.mother)).prepareAmends;
    // Until the counselor has reviewed it with Pat, Maria sees nothing of it.
    expect(await list('mother')).toEqual([]);
    expect(await list('counselor')).toEqual([expect.objectContaining({ id, status: 'PREPARED' })]);
    const staffTold = await t.gql<{ notifications: { kind: string }[] }>(
      '{ notifications { kind } }',
      {},
      as('counselor'),
    );
    expect(data(staffTold).notifications.map((n) => n.kind)).toContain('STAFF_AMENDS_TO_REVIEW');

    data(await t.gql(REVIEW, { id }, as('counselor')));
    const offered = await list('mother');
    // Offered: Maria knows it is there, and reads the words only if she chooses to.
    expect(offered).toEqual([
      expect.objectContaining({ id, status: 'OFFERED', whatHappened: null, forMe: true }),
    ]);
    const told = data(
      await t.gql<{ notifications: { kind: string }[] }>(
        '{ notifications { kind } }',
        {},
        as('mother'),
      ),
    );
    expect(told.notifications.map((n) => n.kind)).toContain('AMENDS_OFFERED');

    data(await t.gql(CHOOSE, { i: { id, choice: 'NOT_NOW' } }, as('mother')));
    expect((await list('mother'))[0].status).toBe('NOT_NOW');
    // Pat sees only that it is not received yet.
    expect((await list('patient'))[0].status).toBe('OFFERED');
    const patientTold = data(
      await t.gql<{ notifications: { kind: string }[] }>(
        '{ notifications { kind } }',
        {},
        as('patient'),
      ),
    );
    expect(patientTold.notifications).toEqual([]);
    // Nor does his open page hear of it: the live update goes to Maria and staff only.
    const [notNow] = await t.dataSource.query(
      `SELECT details FROM audit_event WHERE record_id = $1 AND action = 'amends.not_now'`,
      [id],
    );
    expect(notNow.details.hearing).toContain(home.org.people.FAMILY.userId);
    expect(notNow.details.hearing).not.toContain(home.org.people.PATIENT.userId);

    const received = data(
      await t.gql<{ chooseAmends: Amends }>(CHOOSE, { i: { id, choice: 'RECEIVE' } }, as('mother')),
    ).chooseAmends;
    expect(received).toMatchObject({ status: 'RECEIVED', whatHappened: words.whatHappened });

    data(
      await t.gql(
        REPLY,
        { i: { id, reply: 'Thank you. I need some time.', visibility: 'STAFF_ONLY' } },
        as('mother'),
      ),
    );
    expect((await list('patient'))[0]).toMatchObject({ status: 'RECEIVED', reply: null });
    expect((await list('counselor'))[0]).toMatchObject({ reply: 'Thank you. I need some time.' });
    // A reply is given once and kept as written.
    expect(
      refusal(
        await t.gql(REPLY, { i: { id, reply: 'Another', visibility: 'PATIENT' } }, as('mother')),
      ),
    ).toMatchObject({ code: 'CONFLICT', reason: 'AMENDS_ALREADY_ANSWERED' });
    await expect(
      t.dataSource.query(`UPDATE amends SET what_happened = 'changed' WHERE id = $1`, [id]),
    ).rejects.toThrow(/keeps its words/);
    await expect(t.dataSource.query('DELETE FROM amends WHERE id = $1', [id])).rejects.toThrow(
      /kept/,
    );
    // Sam, who it is not for, sees none of it.
    expect(await list('partner')).toEqual([]);
    const audited = await t.dataSource.query(
      'SELECT action FROM audit_event WHERE record_id = $1 ORDER BY id',
      [id],
    );
    expect(audited.map((a: { action: string }) => a.action)).toEqual([
      'amends.prepared',
      'amends.offered',
      'amends.not_now',
      'amends.received',
      'amends.replied',
    ]);
  });

  it('refuses an amends to oneself, to someone not on the plan, or to a restricted person, and writes nothing', async () => {
    const before = await count();
    expect(refusal(await prepare(home.member.patient))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'AMENDS_TO_SELF',
    });
    expect(refusal(await prepare('00000000-0000-4000-8000-000000000000'))).toMatchObject({
      reason: 'INPUT_AMENDS_RECIPIENT',
    });
    data(
      await t.gql(
        'mutation($i: SetContactRestrictionInput!) { setContactRestriction(input: $i) { id } }',
        { i: { memberId: home.member.partner, restricted: true, note: 'No-contact order' } },
        as('counselor'),
      ),
    );
    expect(refusal(await prepare(home.member.partner))).toMatchObject({
      reason: 'AMENDS_RECIPIENT_RESTRICTED',
    });
    const empty = await t.gql(
      PREPARE,
      {
        i: {
          planId: home.planId,
          recipientMemberId: home.member.mother,
          ...words,
          responsibility: ' ',
        },
      },
      as('patient'),
    );
    expect(refusal(empty)).toMatchObject({ reason: 'INPUT_AMENDS_TEXT' });
    expect(await count()).toBe(before);
  });

  it('lets only the recipient choose, and only once it is offered', async () => {
    const { id } = data(await prepare(home.member.mother)).prepareAmends;
    // Not yet offered: to Maria it is not there.
    expect(refusal(await t.gql(CHOOSE, { i: { id, choice: 'RECEIVE' } }, as('mother'))).code).toBe(
      'NOT_FOUND',
    );
    data(await t.gql(REVIEW, { id }, as('counselor')));
    expect(refusal(await t.gql(CHOOSE, { i: { id, choice: 'RECEIVE' } }, as('partner'))).code).toBe(
      'NOT_FOUND',
    );
    expect(refusal(await t.gql(REVIEW, { id }, as('counselor'))).reason).toBe(
      'AMENDS_NOT_PREPARED',
    );
  });
});
