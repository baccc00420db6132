import {
  getNamedType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { TestApp } from './create-test-app';

/**
 * Walks every query of the schema as one person, each with every field it can reach, so a spec
 * can say what no path shows them (the same walk concerns.integration-spec makes).
 */
export async function askEveryQuery(
  t: TestApp,
  schema: GraphQLSchema,
  values: Record<string, unknown>,
  ids: string[],
  cookie: string,
): Promise<string[]> {
  const seen: string[] = [];
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const tried = field.args.some((a) => getNamedType(a.type).name === 'ID') ? ids : [null];
    for (const id of tried) {
      seen.push(`${field.name}: ${await askEverything(t, schema, field, values, id, cookie)}`);
    }
  }
  return seen;
}

/** Asks one query with every field it reaches (as deep as the API's limits allow) and answers the JSON. */
export async function askEverything(
  t: TestApp,
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
  values: Record<string, unknown>,
  id: string | null,
  cookie: string,
): Promise<string> {
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  const passed: string[] = [];
  for (const arg of field.args) {
    const value =
      arg.name === 'id' || getNamedType(arg.type).name === 'ID'
        ? id
        : inputValue(arg.name, arg.type, values);
    if (value === undefined || value === null) {
      if (isNonNullType(arg.type) && arg.defaultValue === undefined)
        throw new Error(`No value for ${field.name}(${arg.name}): add one to the walk`);
      continue;
    }
    variables[arg.name] = value;
    declared.push(`$${arg.name}: ${String(arg.type)}`);
    passed.push(`${arg.name}: $${arg.name}`);
  }
  const head = declared.length ? `query(${declared.join(', ')})` : 'query';
  const call = passed.length ? `${field.name}(${passed.join(', ')})` : field.name;
  for (let depth = 6; depth >= 0; depth--) {
    const selection = selectionOf(getNamedType(field.type), depth, new Set());
    const result = await t.gql(`${head} { ${call} ${selection} }`, variables, { cookie });
    const limited = result.errors?.some((e) => /depth|token|cost|limit/i.test(e.message));
    if (!limited) return JSON.stringify(result);
  }
  throw new Error(`${field.name} could not be asked within the limits`);
}

function selectionOf(type: GraphQLNamedType, depth: number, path: Set<string>): string {
  if (!isObjectType(type)) return '';
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) parts.push(f.name);
    else if (isObjectType(named) && depth > 0 && !path.has(named.name)) {
      const sub = selectionOf(named, depth - 1, new Set([...path, named.name]));
      if (sub) parts.push(`${f.name} ${sub}`);
    }
  }
  return parts.length ? `{ ${parts.join(' ')} }` : '';
}

function inputValue(
  name: string,
  type: GraphQLInputType,
  values: Record<string, unknown>,
): unknown {
  const named = getNamedType(type);
  if (isInputObjectType(named)) return inputObject(named, values);
  if (name in values) return values[name];
  if (isEnumType(named) && !isListType(type)) return undefined;
  return undefined;
}

function inputObject(type: GraphQLInputObjectType, values: Record<string, unknown>) {
  const object: Record<string, unknown> = {};
  for (const field of Object.values(type.getFields())) {
    const value = inputValue(field.name, field.type, values);
    if (value === undefined) {
      if (isNonNullType(field.type) && field.defaultValue === undefined)
        throw new Error(`No value for ${type.name}.${field.name}: add one to the walk`);
      continue;
    }
    object[field.name] = value;
  }
  return object;
}
