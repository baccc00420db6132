import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { CONSENT_CATEGORIES, redisclosureNotice } from '@homeward/domain';
import { isObjectType } from 'graphql';
import { createTestApp, TestApp } from './create-test-app';
import { createHome, data, Home, refusal, Who } from './home';

const DAY = 86_400_000;
/** A GraphQL query that hands over a file: its name says so. */
const FILE_QUERY = /(Pdf|Export|Csv|Ics|File|Download)$/;

/** What the family member's copy must carry, checked on the text a reader would see. */
type Check = 'NOTICE' | 'NO_PATIENT_DATA';

/**
 * Every export (a file a person takes away) and every REST route, in one list. A family member
 * can get some of them: each of those must carry the §2.32 notice, or carry no patient data at
 * all. The rest say why a family member cannot get them, and the test asks to be sure. A new
 * export or route that is not listed here fails the first test: decide, then list it.
 */
const EXPORTS: Record<string, { family: Check } | { notForFamily: string }> = {
  'Query.homeContractPdf': { family: 'NOTICE' },
  'Query.safetyPlanPdf': { family: 'NOTICE' },
  'GET /calendar/:file': { family: 'NO_PATIENT_DATA' },
  'Query.auditExport': { notForFamily: 'the audit trail is for the program’s admins' },
  'GET /health/live': { notForFamily: 'a health probe: no data at all' },
  'GET /health/ready': { notForFamily: 'a health probe: no data at all' },
};

function restRoutes(t: TestApp): string[] {
  const routes: string[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!type) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, type) ?? '').replace(/^\/|\/$/g, '');
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler);
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        routes.push(
          `${method} /${[base, String(path).replace(/^\//, '')].filter(Boolean).join('/')}`,
        );
      }
    }
  }
  return routes;
}

async function pdfText(base64: string): Promise<string> {
  const bytes = Buffer.from(base64, 'base64');
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const { extractText } = await import('unpdf');
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('every export a family member can get carries the §2.32 notice, or no patient data', () => {
  let t: TestApp;
  let home: Home;
  const as = (who: Who) => ({ cookie: home.cookie[who] });

  /** What the mother takes away from each export, as the text a reader would see. */
  const fetch: Record<string, () => Promise<string>> = {
    'Query.homeContractPdf': async () =>
      pdfText(
        data(
          await t.gql<{ homeContractPdf: string }>(
            'query($i: ContractVersionInput!) { homeContractPdf(input: $i) }',
            { i: { planId: home.planId, version: 1 } },
            as('mother'),
          ),
        ).homeContractPdf,
      ),
    'Query.safetyPlanPdf': async () =>
      pdfText(
        data(
          await t.gql<{ safetyPlanPdf: string }>(
            'query($p: ID!) { safetyPlanPdf(planId: $p) }',
            { p: home.planId },
            as('mother'),
          ),
        ).safetyPlanPdf,
      ),
    'GET /calendar/:file': async () => {
      const { url } = data(
        await t.gql<{ enableCalendarFeed: { url: string } }>(
          'mutation($p: ID!) { enableCalendarFeed(planId: $p) { url } }',
          { p: home.planId },
          as('mother'),
        ),
      ).enableCalendarFeed;
      const answer = await t.app.inject({ method: 'GET', url: new URL(url).pathname });
      expect(answer.statusCode).toBe(200);
      return answer.body;
    },
  };
  /** How the mother is refused what is not for her. */
  const refused: Record<string, () => Promise<number | string>> = {
    'Query.auditExport': async () =>
      refusal(
        await t.gql(
          '{ auditExport(from: "2026-03-01", to: "2026-03-31") { events } }',
          {},
          as('mother'),
        ),
      ).code,
    // A health probe answers anyone, and says nothing about anyone.
    'GET /health/live': async () =>
      (await t.app.inject({ method: 'GET', url: '/health/live' })).body,
    'GET /health/ready': async () =>
      (await t.app.inject({ method: 'GET', url: '/health/ready' })).body,
  };

  beforeAll(async () => {
    t = await createTestApp();
    home = await createHome(t);
    // Something in each export: a contract to print, a safety plan, a visit in the calendar.
    await t.dataSource.query(
      `INSERT INTO contract_version (plan_id, version, content, content_hash, created_at) VALUES ($1, 1, '{"expectations":[],"boundaries":[]}', repeat('0', 64), now())`,
      [home.planId],
    );
    data(
      await t.gql(
        'mutation($i: SaveSafetyPlanInput!) { saveSafetyPlan(input: $i) { planId } }',
        {
          i: {
            planId: home.planId,
            warningSigns: ['Lying awake'],
            copingStrategies: [],
            distractions: [],
            peopleToAsk: [],
            professionals: [],
            saferSurroundings: [],
          },
        },
        as('patient'),
      ),
    );
    const start = new Date(
      Date.parse(t.clock.now().toISOString().slice(0, 10)) + 2 * DAY + 15 * 3_600_000,
    );
    data(
      await t.gql(
        'mutation($i: RequestVisitInput!) { requestVisit(input: $i) { id } }',
        {
          i: {
            planId: home.planId,
            contactType: 'PHONE',
            startsAt: start,
            endsAt: new Date(start.getTime() + 3_600_000),
            place: 'Harbor Recovery Center, room 4',
            participantMemberIds: [home.member.patient, home.member.mother],
          },
        },
        as('patient'),
      ),
    );
    // Everything shared: whatever an export can show, it shows.
    data(
      await t.gql(
        'mutation($i: GrantConsentInput!) { grantConsent(input: $i) { id } }',
        {
          i: {
            memberId: home.member.mother,
            categories: [...CONSENT_CATEGORIES],
            purpose: 'So my mother can help',
            expiresAt: new Date(t.clock.now().getTime() + 30 * DAY).toISOString(),
            signature: home.name.patient,
          },
        },
        as('patient'),
      ),
    );
  });
  afterAll(() => t.close());

  it('lists every export and REST route, and nothing that is not there', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const queries = schema.getQueryType();
    expect(isObjectType(queries)).toBe(true);
    const files = Object.keys(queries!.getFields())
      .filter((name) => FILE_QUERY.test(name))
      .map((name) => `Query.${name}`);
    const found = [...files, ...restRoutes(t)].sort();
    expect(found).toEqual(Object.keys(EXPORTS).sort());
  });

  it.each(Object.entries(EXPORTS).filter(([, e]) => 'family' in e))(
    '%s: the family member’s copy keeps the promise',
    async (name, rule) => {
      const text = await fetch[name]();
      const patient = home.name.patient;
      if ((rule as { family: Check }).family === 'NOTICE') {
        expect(text).toContain(redisclosureNotice('EN').slice(0, 80));
        if (name === 'Query.safetyPlanPdf') {
          // A printed copy of consented records is a disclosure too, naming the version printed.
          const [row] = await t.dataSource.query(
            'SELECT channel, records FROM disclosure ORDER BY id DESC LIMIT 1',
          );
          const [version] = await t.dataSource.query('SELECT id FROM safety_plan_version');
          expect(row).toEqual({
            channel: 'PDF',
            records: [{ kind: 'SAFETY_PLAN_VERSION', id: version.id, on: expect.any(String) }],
          });
        }
      } else {
        // Nothing that names the patient, the program, the place or the notice that would.
        expect(text).toMatch(/BEGIN:VCALENDAR/);
        expect(text).toContain('SUMMARY:Family call (to be confirmed)');
        for (const word of [patient, patient.split(' ')[0], 'Home Program', 'Harbor', 'Recovery'])
          expect(text).not.toContain(word);
        expect(text).not.toMatch(/LOCATION|DESCRIPTION|42 CFR/);
      }
    },
  );

  it.each(Object.entries(EXPORTS).filter(([, e]) => 'notForFamily' in e))(
    '%s: not for a family member',
    async (name) => {
      const answer = await refused[name]();
      if (name.startsWith('Query.')) expect(answer).toBe('FORBIDDEN');
      else expect(String(answer)).not.toContain(home.name.patient);
    },
  );
});
