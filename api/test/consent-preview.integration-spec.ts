import { CONSENT_CATEGORIES, ConsentCategory } from '@homeward/domain';
import { createTestApp, TestApp } from './create-test-app';
import { createHome, data, Home, Who } from './home';

const DAY = 86_400_000;
/** Commitments kept are made of check-in days too: shown only with both (trackRecordScope). */
const NEEDS: Partial<Record<ConsentCategory, ConsentCategory[]>> = { ATTENDANCE: ['CHECKINS'] };
const CHECK_IN = 'mutation($i: PatientCheckInInput!) { submitCheckIn(input: $i) { id day } }';
const VISIT = 'mutation($i: RequestVisitInput!) { requestVisit(input: $i) { id } }';
const RESPOND_VISIT = 'mutation($i: RespondToVisitInput!) { respondToVisit(input: $i) { id } }';
const APPROVE = 'mutation($i: ApproveVisitInput!) { approveVisit(input: $i) { id } }';
const CLOSE = 'mutation($i: CloseVisitInput!) { closeVisit(input: $i) { id } }';
const DEBRIEF = 'mutation($i: DebriefVisitInput!) { debriefVisit(input: $i) { id } }';
const SAVE_SAFETY_PLAN =
  'mutation($i: SaveSafetyPlanInput!) { saveSafetyPlan(input: $i) { planId } }';
const ADD_PERSON = 'mutation($i: AddSupportPersonInput!) { addSupportPerson(input: $i) { id } }';
const GRANT = 'mutation($i: GrantConsentInput!) { grantConsent(input: $i) { id } }';
const SOMETHING_HAPPENED =
  'mutation($i: RecordSomethingHappenedInput!) { recordSomethingHappened(input: $i) { planId } }';
const LAPSE_PAGE = `query($p: ID!) { lapsePlan(planId: $p) { lapses {
  happenedOn words recordedByName paused pauseEndsOn resumedAt steps { words checkedAt } } } }`;
const PREVIEW = `query($i: ConsentPreviewInput!) { consentPreview(input: $i) {
  plan { notice progress { ladder { position name status } } }
  categories { category shared records { kind id on fields { name values } } } } }`;
const FAMILY_PLANS =
  '{ familyPlans { planId notice progress { ladder { position name status } } } }';
const TRACK = `query($p: ID!) { trackRecord(planId: $p) { notice hardDays
  timeline { id kind at actorName fromPhase toPhase reason agreedBy waitUntil }
  checkInDays { day mood craving attendedMeeting note } commitments { windowDays kept total share } } }`;
const VISITS = `query($p: ID!) { visits(planId: $p) { startsAt notice
  debriefs { fromStaff authorName rating boundariesRespected helped hard } } }`;
const SAFETY_PLAN = `query($p: ID!) { safetyPlan(planId: $p) { notice current { id createdAt reviewOn
  warningSigns copingStrategies distractions peopleToAsk professionals saferSurroundings } } }`;
const NETWORK = `query($p: ID!) { supportNetwork(planId: $p) { notice
  people { id kind name mark condition fromPhaseName contact } } }`;
const DISCLOSURES =
  '{ myDisclosures(first: 50) { nodes { categories channel shown records { kind id on } } } }';

interface Field {
  name: string;
  values: string[];
}
interface Record_ {
  kind: string;
  id: string;
  on: string | null;
  fields: Field[];
}
interface CategoryPreview {
  category: ConsentCategory;
  shared: boolean;
  records: Record_[];
}
interface Preview {
  plan: { notice: string | null; progress: { ladder: unknown[] } | null };
  categories: CategoryPreview[];
}
interface Disclosure {
  categories: string[];
  channel: string;
  shown: string | null;
  records: { kind: string; id: string; on: string | null }[] | null;
}

/** A record's fields as the preview carries them: each value as its lines. */
const lines = (value: unknown): string[] =>
  value === null || value === undefined
    ? []
    : Array.isArray(value)
      ? value.map(String)
      : [String(value)];
const fieldsOf = (record: Record_) =>
  Object.fromEntries(record.fields.map((f) => [f.name, f.values]));
const asFields = (served: Record<string, unknown>, names: string[]) =>
  Object.fromEntries(names.map((n) => [n, lines(served[n])]));
/** What happened, as the lapse page serves it and the preview names its fields. */
const lapseFields = (served: Record<string, unknown>) => {
  const steps = served['steps'] as { words: string; checkedAt: string | null }[];
  const resumedAt = served['resumedAt'] as string | null;
  return {
    ...asFields(served, ['happenedOn', 'words', 'recordedByName', 'paused', 'pauseEndsOn']),
    resumedOn: lines(resumedAt?.slice(0, 10)),
    stepsBackIn: steps.map((s) => s.words),
    stepsDone: steps.filter((s) => s.checkedAt).map((s) => s.words),
  };
};

/**
 * Issue 15: the consent preview promises exactly what the family member would then be served.
 * For each category: the preview with it, then the consent granted and the real pages asked as
 * that family member; the same records with the same fields. Without it, nothing either way.
 */
describe('the consent preview, category by category', () => {
  let t: TestApp;
  let home: Home;
  let keys = 0;
  const as = (who: Who) => ({ cookie: home.cookie[who] });
  const preview = async (categories: ConsentCategory[]) =>
    data(
      await t.gql<{ consentPreview: Preview }>(
        PREVIEW,
        { i: { memberId: home.member.mother, categories } },
        as('patient'),
      ),
    ).consentPreview;
  const grant = async (categories: ConsentCategory[]) =>
    data(
      await t.gql(
        GRANT,
        {
          i: {
            memberId: home.member.mother,
            categories,
            purpose: 'So my mother knows how I am doing',
            expiresAt: new Date(t.clock.now().getTime() + 30 * DAY).toISOString(),
            signature: home.name.patient,
          },
        },
        as('patient'),
      ),
    );
  const at = (days: number, hour: number) =>
    new Date(Date.parse(t.clock.now().toISOString().slice(0, 10)) + days * DAY + hour * 3_600_000);
  const checkIn = (input: Record<string, unknown>) =>
    t.gql<{ submitCheckIn: { id: string; day: string } }>(
      CHECK_IN,
      {
        i: {
          planId: home.planId,
          idempotencyKey: `preview-key-${keys++}`,
          mood: 4,
          craving: 2,
          attendedMeeting: true,
          ...input,
        },
      },
      as('patient'),
    );
  const disclosures = async () =>
    data(await t.gql<{ myDisclosures: { nodes: Disclosure[] } }>(DISCLOSURES, {}, as('patient')))
      .myDisclosures.nodes;

  /** What the mother is served, category by category, through the pages that serve it. */
  const served: Record<ConsentCategory, () => Promise<Record<string, unknown>[] | null>> = {
    // Progress is served on the lapse page (what happened), the family plan page (the ladder) and
    // in the record (timeline, hard days): in the preview's order, by page name.
    PROGRESS: async () => {
      const { lapses } = data(
        await t.gql<{ lapsePlan: { lapses: Record<string, unknown>[] } }>(
          LAPSE_PAGE,
          { p: home.planId },
          as('mother'),
        ),
      ).lapsePlan;
      const [plan] = (
        await t.gql<{
          familyPlans: { progress: { ladder: Record<string, unknown>[] } | null }[];
        }>(FAMILY_PLANS, {}, as('mother'))
      ).data!.familyPlans;
      const record = data(
        await t.gql<{
          trackRecord: { timeline: Record<string, unknown>[]; hardDays: string[] };
        }>(TRACK, { p: home.planId }, as('mother')),
      ).trackRecord;
      return [
        ...lapses.map((l) => ({ ...l, _kind: 'HARD_DAY', _page: 'lapse' })),
        ...(plan.progress?.ladder ?? []).map((step) => ({ ...step, _kind: 'PHASE' })),
        ...record.timeline.map((e) => ({ ...e, _kind: 'PLAN_EVENT' })),
        ...record.hardDays.map((day) => ({ day, _kind: 'HARD_DAY' })),
      ];
    },
    CHECKINS: async () =>
      data(
        await t.gql<{ trackRecord: { checkInDays: Record<string, unknown>[] } }>(
          TRACK,
          { p: home.planId },
          as('mother'),
        ),
      ).trackRecord.checkInDays,
    ATTENDANCE: async () =>
      data(
        await t.gql<{ trackRecord: { commitments: Record<string, unknown>[] } }>(
          TRACK,
          { p: home.planId },
          as('mother'),
        ),
      ).trackRecord.commitments,
    VISIT_REFLECTIONS: async () => {
      const visits = data(
        await t.gql<{
          visits: { startsAt: string; debriefs: Record<string, unknown>[] }[];
        }>(VISITS, { p: home.planId }, as('mother')),
      ).visits;
      // The patient's reflections: the mother's own are hers, not a disclosure.
      return visits.flatMap((v) =>
        v.debriefs
          .filter((d) => d['authorName'] === home.name.patient)
          .map((d) => ({ ...d, on: v.startsAt.slice(0, 10) })),
      );
    },
    SAFETY_PLAN: async () => {
      const answer = await t.gql<{ safetyPlan: { current: Record<string, unknown> | null } }>(
        SAFETY_PLAN,
        { p: home.planId },
        as('mother'),
      );
      // Not shared: the same answer as a plan that does not exist.
      if (answer.errors?.length) return null;
      const current = data(answer).safetyPlan.current;
      return current ? [current] : [];
    },
    SUPPORT_NETWORK: async () => {
      const answer = await t.gql<{ supportNetwork: { people: Record<string, unknown>[] } }>(
        NETWORK,
        { p: home.planId },
        as('mother'),
      );
      if (answer.errors?.length) return null;
      return data(answer).supportNetwork.people;
    },
  };

  /** Each served record as the preview names its fields, to compare one with the other. */
  const comparable: Record<
    ConsentCategory,
    (r: Record<string, unknown>) => Record<string, string[]>
  > = {
    PROGRESS: (r) =>
      r['_page'] === 'lapse'
        ? lapseFields(r)
        : r['_kind'] === 'PHASE'
          ? asFields(r, ['name', 'status'])
          : r['_kind'] === 'PLAN_EVENT'
            ? asFields(r, [
                'kind',
                'actorName',
                'fromPhase',
                'toPhase',
                'reason',
                'agreedBy',
                'waitUntil',
              ])
            : asFields(r, ['day']),
    CHECKINS: (r) => asFields(r, ['mood', 'craving', 'attendedMeeting', 'note']),
    ATTENDANCE: (r) => asFields(r, ['windowDays', 'kept', 'total', 'share']),
    VISIT_REFLECTIONS: (r) => asFields(r, ['rating', 'boundariesRespected', 'helped', 'hard']),
    SAFETY_PLAN: (r) =>
      asFields(r, [
        'warningSigns',
        'copingStrategies',
        'distractions',
        'peopleToAsk',
        'professionals',
        'saferSurroundings',
        'reviewOn',
      ]),
    SUPPORT_NETWORK: (r) => asFields(r, ['kind', 'name', 'mark', 'condition', 'fromPhaseName']),
  };

  beforeAll(async () => {
    t = await createTestApp();
    home = await createHome(t);
    // Something in every category: check-ins (one note shared with the plan, one private), a
    // visit with the patient's and the mother's reflections, a safety plan, a support network.
    data(await checkIn({ note: 'A good walk', noteVisibility: 'PLAN' }));
    t.clock.advanceDays(1);
    await home.signInAgain();
    data(await checkIn({ mood: 3, note: 'Kept to myself', noteVisibility: 'STAFF_ONLY' }));
    const visit = data(
      await t.gql<{ requestVisit: { id: string } }>(
        VISIT,
        {
          i: {
            planId: home.planId,
            contactType: 'PHONE',
            startsAt: at(1, 15),
            endsAt: at(1, 16),
            place: 'By phone',
            participantMemberIds: [home.member.patient, home.member.mother],
          },
        },
        as('patient'),
      ),
    ).requestVisit;
    data(await t.gql(RESPOND_VISIT, { i: { visitId: visit.id, willing: true } }, as('mother')));
    data(await t.gql(APPROVE, { i: { visitId: visit.id } }, as('counselor')));
    t.clock.advanceDays(2);
    await home.signInAgain();
    data(await t.gql(CLOSE, { i: { visitId: visit.id, outcome: 'COMPLETED' } }, as('counselor')));
    for (const who of ['patient', 'mother'] as const)
      data(
        await t.gql(
          DEBRIEF,
          {
            i: {
              visitId: visit.id,
              rating: who === 'patient' ? 4 : 5,
              boundariesRespected: true,
              helped: `What helped ${who}`,
            },
          },
          as(who),
        ),
      );
    data(await checkIn({ mood: 5 }));
    data(
      await t.gql(
        SAVE_SAFETY_PLAN,
        {
          i: {
            planId: home.planId,
            warningSigns: ['Lying awake'],
            copingStrategies: ['A walk by the river'],
            distractions: [],
            peopleToAsk: ['Maria'],
            professionals: [],
            saferSurroundings: [],
          },
        },
        as('patient'),
      ),
    );
    for (const person of [
      { kind: 'SPONSOR', name: 'Lee', mark: 'SAFE', contact: '555-0199' },
      { kind: 'FRIEND', name: 'Jordan', mark: 'CONDITIONAL', condition: 'Only in daylight' },
    ])
      data(await t.gql(ADD_PERSON, { i: { planId: home.planId, ...person } }, as('patient')));
    // A hard day, in Pat's words (no lapse plan agreed: only the counselor is told).
    data(
      await t.gql(
        SOMETHING_HAPPENED,
        {
          i: {
            planId: home.planId,
            happenedOn: t.clock.now().toISOString().slice(0, 10),
            words: 'A hard evening; I called my sponsor.',
          },
        },
        as('patient'),
      ),
    );
  });
  afterAll(() => t.close());

  it.each(CONSENT_CATEGORIES.map((c) => [c]))(
    '%s: the preview shows exactly what the family member is then served',
    async (category) => {
      const withIt = [category, ...(NEEDS[category] ?? [])];
      const before = await t.count('disclosure');
      const shown = await preview(withIt);
      // A preview discloses nothing: the patient reading their own records, audited as theirs.
      expect(await t.count('disclosure')).toBe(before);
      const [audited] = await t.dataSource.query(
        `SELECT actor_user_id AS "actor", details FROM audit_event WHERE action = 'consent.previewed' ORDER BY id DESC LIMIT 1`,
      );
      expect(audited).toEqual({
        actor: home.org.people.PATIENT.userId,
        details: { memberId: home.member.mother, categories: withIt },
      });
      const mine = shown.categories.find((c) => c.category === category)!;
      expect(mine.shared).toBe(true);
      expect(mine.records.length).toBeGreaterThan(0);
      // Every category not chosen shows nothing.
      for (const other of shown.categories.filter((c) => !withIt.includes(c.category)))
        expect(other).toEqual({ category: other.category, shared: false, records: [] });

      await grant(withIt);
      const rows = await served[category]();
      expect(rows).not.toBeNull();
      expect(mine.records.map(fieldsOf)).toEqual(rows!.map(comparable[category]));
      // Where the served record carries its id or day, they are the preview's too.
      if (category === 'SAFETY_PLAN' || category === 'SUPPORT_NETWORK')
        expect(mine.records.map((r) => r.id)).toEqual(rows!.map((r) => r['id']));
      if (category === 'PROGRESS') {
        expect(mine.records.map((r) => r.kind)).toEqual(rows!.map((r) => r['_kind']));
        expect(mine.records.some((r) => r.kind === 'PLAN_EVENT')).toBe(true);
        expect(mine.records.filter((r) => r.kind === 'PLAN_EVENT').map((r) => r.id)).toEqual(
          rows!.filter((r) => r['_kind'] === 'PLAN_EVENT').map((r) => r['id']),
        );
      }
      if (category === 'CHECKINS')
        expect(mine.records.map((r) => r.on)).toEqual(rows!.map((r) => r['day']));
      if (category === 'VISIT_REFLECTIONS')
        expect(mine.records.map((r) => r.on)).toEqual(rows!.map((r) => r['on']));
    },
  );

  it.each(CONSENT_CATEGORIES.map((c) => [c]))(
    '%s: not shared, the preview shows nothing and the family member is served nothing',
    async (category) => {
      const others = CONSENT_CATEGORIES.filter((c) => c !== category);
      const shown = await preview(others);
      expect(shown.categories.find((c) => c.category === category)).toEqual({
        category,
        shared: false,
        records: [],
      });
      await grant(others);
      const rows = await served[category]();
      // Nothing: no rows, or (safety plan, support network) the plan reads as missing. Commitments
      // kept are made of check-ins too, so ATTENDANCE without CHECKINS is nothing as well.
      expect(rows ?? []).toEqual([]);
    },
  );

  it('names the records each disclosure showed, and says so in the patient’s words', async () => {
    await grant([...CONSENT_CATEGORIES]);
    const checkIns = (await preview(['CHECKINS'])).categories.find(
      (c) => c.category === 'CHECKINS',
    )!.records;
    const before = (await disclosures()).length;
    await served.CHECKINS();
    await served.VISIT_REFLECTIONS();
    await served.SAFETY_PLAN();
    await served.SUPPORT_NETWORK();
    const rows = (await disclosures()).slice(0, (await disclosures()).length - before);
    const [network, safety, reflections, track] = rows;

    expect(track.records!.filter((r) => r.kind === 'CHECK_IN')).toEqual(
      checkIns.map(({ kind, id, on }) => ({ kind, id, on })),
    );
    expect(track.shown).toMatch(/^\S+ saw .*3 check-ins \(\w{3} \d+–\d+\)/);

    const [patientReflection] = (await preview(['VISIT_REFLECTIONS'])).categories.find(
      (c) => c.category === 'VISIT_REFLECTIONS',
    )!.records;
    expect(reflections.records).toEqual([
      { kind: 'VISIT_REFLECTION', id: patientReflection.id, on: patientReflection.on },
    ]);
    expect(reflections.shown).toMatch(/saw your reflection on the visit of \w{3} \d+$/);

    const version = (await t.dataSource.query('SELECT id FROM safety_plan_version'))[0].id;
    expect(safety.records).toEqual([
      { kind: 'SAFETY_PLAN_VERSION', id: version, on: expect.any(String) },
    ]);
    const people: { id: string }[] = await t.dataSource.query(
      'SELECT id FROM support_person ORDER BY created_at',
    );
    expect(network.records!.map((r) => r.id).sort()).toEqual(people.map((p) => p.id).sort());
    expect(network.shown).toMatch(/saw your support network \(2 people\)/);

    // In Spanish too, for a patient who reads in Spanish.
    await t.dataSource.query(`UPDATE app_user SET language = 'ES' WHERE id = $1`, [
      home.org.people.PATIENT.userId,
    ]);
    await home.signInAgain();
    const [esNetwork, , esReflections, esTrack] = (await disclosures()).slice(0, 4);
    expect(esTrack.shown).toMatch(/vio .*3 registros diarios \(\d+–\d+ \w{3}\)/);
    expect(esReflections.shown).toMatch(/vio tu reflexión sobre la visita del \d+ \w{3}$/);
    expect(esNetwork.shown).toMatch(/vio tu red de apoyo \(2 personas\)/);
  });
});
