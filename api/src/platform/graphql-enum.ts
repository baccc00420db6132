import { registerEnumType } from '@nestjs/graphql';

/**
 * A GraphQL enum from one of the domain's `as const` value lists, so the schema, the entities
 * and the web share one source of truth.
 */
export function graphqlEnum<T extends string>(
  values: readonly T[],
  name: string,
  description?: string,
): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
