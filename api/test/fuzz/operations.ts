import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { Random } from './random';

/** One generated request, as app.inject takes it, and how to show it when it goes wrong. */
export interface FuzzRequest {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  headers: Record<string, string>;
  payload?: string;
  /** The operation's kind, for the counts. */
  kind: 'operation' | 'damaged' | 'http';
}

/** Ids the generator may use: real ones by table, so calls reach real code, not only refusals. */
export interface IdPool {
  byTable: Map<string, string[]>;
  all: string[];
}

/** An enum value, written bare in a document and as a string in variables. */
class EnumValue {
  constructor(readonly name: string) {}
}

const WORDS = [
  'Tired this week',
  'We talked on Sunday and it went well',
  'Dinner at home',
  'Día difícil, pero seguimos',
  'A walk in the park',
  'ok',
  'Maria',
  'Pat Rivera',
];
const TIME_ZONES = ['America/Chicago', 'Europe/Madrid', 'UTC', 'Mars/Olympus', 'america/chicago'];
const TIMES = ['07:30', '23:59', '00:00', '24:00', '7:5', '12:60'];
const DATES = [
  '2026-06-14T10:00:00.000Z',
  '2026-06-20T18:30:00Z',
  '2025-01-01T00:00:00Z',
  '2099-12-31T23:59:59Z',
  '2026-02-30T10:00:00Z',
  'yesterday',
];
const DAYS = ['2026-03-03', '2026-04-15', '2027-01-15', '2026-02-29', '2026-13-45', '15/04/2026'];
/** Text no keyboard types, or that tends to break code: each once in a while. */
const STRANGE = [
  '',
  ' ',
  '\u0000',
  'nul\u0000inside',
  '\ud800',
  'half \udc00 pair',
  '💩🏳️‍🌈 emoji',
  '\u202eright to left',
  'e\u0301\u0301\u0301 combining',
  "' or '1'='1",
  "robert'); drop table plan;--",
  '%s%n%x',
  '${7*7}{{7*7}}',
  '<img src=x onerror=alert(1)>',
  '\\u0000 written out',
  'a pattern 100%_done\\',
  '\ufeffbom \u00adsoft hyphen \u2028line',
  '\r\n\t',
  '0',
  '-1',
  'null',
  'undefined',
  '[object Object]',
];
/** A character that damages a document: braces, quotes, escapes, NUL, half a surrogate pair. */
const DAMAGE = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '!',
  '@',
  '"',
  '\\',
  '#',
  '...',
  '\u0000',
  '\ud800',
  ' ',
  '\n',
  'é',
  '"""',
];

/**
 * Random operations over a GraphQL schema: root fields with random selection sets (bounded depth),
 * arguments as literals or variables with values that fit or do not (wrong types, huge strings,
 * NUL, half surrogates, random ids), syntax damage and malformed HTTP requests.
 */
export class OperationFuzzer {
  /** How often a value is malformed, chosen per operation (well-formed ones reach the resolvers). */
  private wildness = 0;
  /** How often the document's shape is broken (an unknown argument, a selection on a scalar). */
  private get shapeWildness(): number {
    return this.wildness / 5;
  }
  private variables: Record<string, unknown> = {};
  /** Root fields the role was refused: asked for less often, so allowed ones go deeper. */
  private readonly refused = new Set<string>();
  private roots: string[] = [];
  /** What an id named just `id` is of: the field or input type it is for (markNotificationRead). */
  private hint = '';
  private definitions: string[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: Random,
    private readonly ids: () => IdPool,
    private readonly emails: () => string[],
  ) {}

  next(cookie: string | undefined, remoteAddress: string): FuzzRequest & { remoteAddress: string } {
    const r = this.random;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (cookie) headers['cookie'] = cookie;
    else if (r.chance(0.2))
      headers['cookie'] = r.pick(['hw_session=forged', 'hw_session=', 'x=\u00ff']);
    const roll = r.next();
    if (roll < 0.04) return { ...this.malformedHttp(headers), remoteAddress };

    this.wildness = r.pick([0, 0, 0, 0.05, 0.2]);
    this.variables = {};
    this.definitions = [];
    this.roots = [];
    let query = r.chance(0.03) ? this.introspection() : this.operation();
    const damaged = roll < 0.14;
    if (damaged) query = this.damage(query);

    const body: Record<string, unknown> = { query };
    if (Object.keys(this.variables).length > 0 || r.chance(0.05))
      body['variables'] = r.chance(0.03) ? r.pick(['x', 5, [1], null]) : this.variables;
    if (r.chance(0.05)) body['operationName'] = r.pick(['Nope', '', 7, null, 'Fuzz', 'Fuzz Fuzz']);
    if (r.chance(0.02))
      body['extensions'] = { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } };
    if (r.chance(0.01)) body['query'] = r.pick([42, null, ['{ me { id } }'], { q: 1 }]);
    return {
      method: 'POST',
      url: '/graphql',
      headers,
      payload: JSON.stringify(body),
      kind: damaged ? 'damaged' : 'operation',
      remoteAddress,
    };
  }

  // ---- operations -------------------------------------------------------------------------

  private operation(): string {
    const r = this.random;
    const roll = r.next();
    const [keyword, root] =
      roll < 0.55
        ? ['query', this.schema.getQueryType()]
        : roll < 0.97
          ? ['mutation', this.schema.getMutationType()]
          : ['subscription', this.schema.getSubscriptionType()];
    if (!root) return '{ __typename }';
    const all = Object.values(root.getFields());
    let fields = r.chance(0.85) ? [r.pick(all)] : r.some(all, 3);
    if (fields.length === 1 && this.refused.has(fields[0].name) && r.chance(0.75))
      fields = [r.pick(all)];
    this.roots = fields.map((field) => field.name);
    const selections = fields.map((field, i) =>
      this.field(field, 1, fields.length > 1 ? `a${i}` : undefined),
    );
    if (r.chance(this.shapeWildness)) selections.push(r.pick(['nope', '__typename', 'me', '...F']));
    const name = r.chance(0.3) ? ' Fuzz' : '';
    const definitions = this.definitions.length ? `(${this.definitions.join(', ')})` : '';
    return `${keyword}${name}${definitions} { ${selections.join(' ')} }`;
  }

  /** The last operation's root field was refused for the role (FORBIDDEN, or signed out). */
  refusedForRole(): void {
    if (this.roots.length === 1) this.refused.add(this.roots[0]);
  }

  private introspection(): string {
    const r = this.random;
    const types = Object.keys(this.schema.getTypeMap());
    return r.pick([
      '{ __schema { queryType { name } types { name kind } } }',
      `{ __type(name: ${JSON.stringify(r.pick(types))}) { name fields { name args { name } } } }`,
      '{ __type(name: "Nope") { name } }',
      '{ __typename }',
    ]);
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number, alias?: string): string {
    this.hint = field.name;
    const args = this.args(field.args);
    return `${alias ? `${alias}: ` : ''}${field.name}${args}${this.selection(field.type, depth)}`;
  }

  private args(args: readonly GraphQLArgument[]): string {
    const r = this.random;
    const parts: string[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (required ? r.chance(this.shapeWildness) : r.chance(0.6)) continue;
      const value = this.inputValue(arg.type, arg.name, 0);
      if (r.chance(0.5)) {
        const variable = `v${this.definitions.length}`;
        const declared = r.chance(this.shapeWildness)
          ? r.pick(['String', 'Int!', '[ID!]!', 'Nope', 'Boolean'])
          : String(arg.type);
        this.definitions.push(`$${variable}: ${declared}`);
        if (!r.chance(this.shapeWildness)) this.variables[variable] = json(value);
        parts.push(`${arg.name}: $${variable}`);
      } else {
        parts.push(`${arg.name}: ${literal(value)}`);
      }
    }
    if (r.chance(this.shapeWildness))
      parts.push(`${r.pick(['bogus', 'id', 'first'])}: ${r.int(-1, 99)}`);
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  private selection(type: GraphQLOutputType, depth: number): string {
    const r = this.random;
    const named = getNamedType(type);
    if (isScalarType(named) || isEnumType(named))
      return r.chance(this.shapeWildness) ? ' { id }' : '';
    if (r.chance(this.shapeWildness)) return '';
    if (depth >= 4) return ' { __typename }';
    if (isUnionType(named)) {
      const inline = r
        .some(named.getTypes(), 2)
        .map((member) => `... on ${member.name}${this.selection(member, depth)}`);
      return ` { __typename ${inline.join(' ')} }`;
    }
    const object = named as GraphQLObjectType;
    const fields = r.some(Object.values(object.getFields()), 4);
    const parts = fields.map((field) => this.field(field, depth + 1));
    if (isInterfaceType(named) && r.chance(0.5)) {
      const possible = this.schema.getPossibleTypes(named);
      if (possible.length) {
        const member = r.pick(possible);
        parts.push(`... on ${member.name}${this.selection(member, depth)}`);
      }
    }
    if (r.chance(this.shapeWildness))
      parts.push(r.pick(['nope', 'id @skip(if: true)', '__typename @nope', 'id(x: 1)']));
    return ` { ${parts.join(' ')} }`;
  }

  // ---- values -----------------------------------------------------------------------------

  private inputValue(type: GraphQLInputType, name: string, depth: number): unknown {
    const r = this.random;
    if (r.chance(this.wildness)) return this.wildValue(type, name);
    if (isNonNullType(type)) return this.fitting(type.ofType, name, depth);
    return r.chance(0.05) ? null : this.fitting(type, name, depth);
  }

  private fitting(type: GraphQLInputType, name: string, depth: number): unknown {
    const r = this.random;
    if (isListType(type)) {
      const length = r.chance(0.05) ? r.int(51, 120) : r.int(0, 3);
      return Array.from({ length }, () => this.inputValue(type.ofType, name, depth + 1));
    }
    if (isEnumType(type)) return new EnumValue(r.pick(type.getValues()).name);
    if (isInputObjectType(type)) {
      const outer = this.hint;
      this.hint = type.name;
      const value: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const required = isNonNullType(field.type) && field.defaultValue === undefined;
        if (required || (depth < 4 && r.chance(0.6)))
          value[field.name] = this.inputValue(field.type, field.name, depth + 1);
      }
      this.hint = outer;
      return value;
    }
    return this.scalar(type as GraphQLNamedType, name);
  }

  private scalar(type: GraphQLNamedType, name: string): unknown {
    const r = this.random;
    const lower = name.toLowerCase();
    switch (type.name) {
      case 'ID':
        return this.id(name);
      case 'Int':
        if (r.chance(0.2)) return r.pick([-1, 2147483647, 0, 120, 121]);
        return /phase|position|rating|mood|stress|craving/i.test(name) ? r.int(1, 5) : r.int(0, 60);
      case 'Float':
        return r.chance(0.8) ? r.int(0, 10) : r.pick([-0.5, 1e9, 3.14]);
      case 'Boolean':
        return r.chance(0.5);
      case 'DateTime':
        return r.pick(DATES);
    }
    if (r.chance(0.1)) return r.pick(STRANGE);
    if (lower.includes('email'))
      return r.pick([...this.emails(), 'nobody@example.org', 'not-an-email']);
    if (lower.includes('timezone')) return r.pick(TIME_ZONES);
    if (/(time|at|from|until)$/.test(lower)) return r.pick([...TIMES, ...DATES]);
    if (/(date|on)$/.test(lower)) return r.pick(DAYS);
    if (lower.includes('key'))
      return Array.from({ length: r.int(8, 40) }, () => r.pick([...'abcdef0123456789-'])).join('');
    if (lower.includes('code')) return r.pick(['123456', '000000', 'abcdef', '1234567890']);
    if (lower.includes('token') || lower.includes('cursor') || lower === 'after')
      return r.pick(['ab'.repeat(32), 'eyJpZCI6MX0', 'not-a-token']);
    if (lower.includes('password'))
      return r.pick(['a long test password', 'short', 'x'.repeat(300)]);
    return r.pick(WORDS);
  }

  /** A real id of the table the name points at (planId → plan), another real one, or none. */
  private id(name: string): string {
    const r = this.random;
    const pool = this.ids();
    const roll = r.next();
    if (roll < 0.1) return r.uuid();
    if (roll < 0.15)
      return r.pick([
        '',
        'x',
        '1',
        "1' or '1'='1",
        '00000000-0000-0000-0000-000000000000',
        'ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ',
      ]);
    const tables =
      name === 'id' ? tablesNamedIn(this.hint, [...pool.byTable.keys()]) : tablesFor(name);
    const fitting = tables.flatMap((table) => pool.byTable.get(table) ?? []);
    // The pool puts the likeliest first (the role's own plan and members).
    if (fitting.length && r.chance(0.4)) return fitting[0];
    const from = fitting.length && roll < 0.8 ? fitting : pool.all;
    return from.length ? r.pick(from) : r.uuid();
  }

  /** A value that does not fit its type, or fits it badly. */
  private wildValue(type: GraphQLInputType, name: string, inList = false): unknown {
    const r = this.random;
    const named = getNamedType(type);
    switch (r.int(0, 9)) {
      case 0:
        return null;
      case 1:
        return r.pick(['not-a-number', 12345, 1.5, true, -2147483649, 1e300, [], {}]);
      case 2:
        return 'x'.repeat(r.int(1_001, 60_000));
      case 3:
        return r.pick(STRANGE);
      case 4:
        return r.uuid();
      case 5:
        return inList
          ? r.pick(STRANGE)
          : Array.from({ length: r.int(51, 80) }, () => this.wildValue(named, name, true));
      case 6:
        return { bogus: r.pick(STRANGE), [name]: 1 };
      case 7:
        return new EnumValue(r.pick(['NOPE', 'ADMIN', 'true', 'null']));
      case 8:
        return `${r.pick(STRANGE)}${r.pick(WORDS)}${r.pick(STRANGE)}`;
      default:
        return isInputObjectType(named) ? {} : r.pick([0, '', false]);
    }
  }

  // ---- damage -----------------------------------------------------------------------------

  private damage(query: string): string {
    const r = this.random;
    let text = query;
    for (let n = r.int(1, 3); n > 0; n--) {
      const at = r.int(0, text.length);
      switch (r.int(0, 5)) {
        case 0:
          text = text.slice(0, at);
          break;
        case 1:
          text = text.slice(0, at) + text.slice(at + r.int(1, 5));
          break;
        case 2:
          text = text.slice(0, at) + r.pick(DAMAGE) + text.slice(at);
          break;
        case 3:
          text =
            text.slice(0, at) +
            text.slice(at, at + r.int(1, 40)).repeat(r.int(2, 30)) +
            text.slice(at);
          break;
        case 4:
          text = `${'{ '.repeat(r.int(10, 400))}${text}`;
          break;
        default:
          text = text.replace(/[{(]/g, (brace) =>
            r.chance(0.2) ? (brace === '{' ? '(' : '{') : brace,
          );
      }
    }
    return text;
  }

  /** Requests broken below GraphQL: not JSON, a form post, a batch, GET, another method, too big. */
  private malformedHttp(headers: Record<string, string>): FuzzRequest {
    const r = this.random;
    const post = (payload: string, contentType = 'application/json'): FuzzRequest => ({
      method: 'POST',
      url: '/graphql',
      headers: { ...headers, 'content-type': contentType },
      payload,
      kind: 'http',
    });
    switch (r.int(0, 8)) {
      case 0:
        return post(
          r.pick([
            '{"query": "{ me',
            '',
            'null',
            '[]',
            '{}',
            '"x"',
            '{"query":"\\ud800"}',
            '\u0000',
          ]),
        );
      case 1:
        return post(
          'query={ me { id } }',
          r.pick([
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
          ]),
        );
      case 2:
        return post(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ __typename }' }]));
      case 3:
        return {
          method: 'GET',
          url: `/graphql?query=${encodeURIComponent(r.pick(['{ me { id } }', 'mutation { logout }', '{ me { id ', '%%%']))}`,
          headers: { ...headers, ...(r.chance(0.5) ? { 'apollo-require-preflight': 'true' } : {}) },
          kind: 'http',
        };
      case 4:
        return {
          method: 'GET',
          url: r.pick(['/graphql?query=%E0%A4%A', '/graphql?variables={', '/graphql']),
          headers,
          kind: 'http',
        };
      case 5:
        return { method: 'PUT', url: '/graphql', headers, payload: '{}', kind: 'http' };
      case 6:
        return post(JSON.stringify({ query: `{ me { ${'id '.repeat(100_000)} } }` }));
      case 7:
        return post(
          JSON.stringify({ query: '{ me { id } }' }),
          r.pick([
            'application/json; charset=utf-16',
            'application/graphql',
            'application/json; charset=latin1',
          ]),
        );
      default:
        return post(
          JSON.stringify({ query: '{ __typename }', variables: { deep: nested(r.int(50, 3000)) } }),
        );
    }
  }
}

/** The tables an argument's name points at: planId → plan, memberId → plan_member. */
function tablesFor(name: string): string[] {
  const word = name.replace(/Ids?$/, '').replace(/^(from|to|recipient|appliesTo|participant)/, '');
  const lower = word.toLowerCase();
  if (lower === 'member') return ['plan_member'];
  if (['patient', 'person', 'supervisor', 'primarycounselor', 'counselor'].includes(lower))
    return ['membership'];
  if (lower === 'proposal') return ['phase_proposal'];
  if (lower === 'milestone') return ['plan_milestone'];
  if (lower === 'record') return ['check_in', 'visit', 'expectation', 'boundary'];
  return [word.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/^_/, '')];
}

/** The table a field or input type names (markNotificationRead → notification); a plan otherwise. */
function tablesNamedIn(hint: string, tables: string[]): string[] {
  const lower = hint.toLowerCase();
  if (/person|people/.test(lower)) return ['membership'];
  const named = tables
    .filter((table) => lower.includes(table.replace(/_/g, '')))
    .sort((a, b) => b.length - a.length);
  return named.length ? [named[0]] : ['plan'];
}

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

function json(value: unknown): unknown {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return value.map(json);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, json(v)]));
  return value;
}

/** A value written into the document itself. */
function literal(value: unknown): string {
  if (value instanceof EnumValue) return value.name;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return `{ ${entries.map(([key, inner]) => `${key}: ${literal(inner)}`).join(', ')} }`;
}
