import { ApolloArmor } from '@escape.tech/graphql-armor';

/** Abuse limits checked before any resolver runs (DESIGN rule 9); tests probe one step past each. */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 1000,
  maxCost: 5000,
  maxDirectives: 50,
} as const;

export function graphqlArmor(isProduction: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    // Counted by Apollo's own parser (parseOptions): armor's plugin parses before Apollo does
    // and throws from a hook, so every syntax error and the limit itself answered HTTP 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: isProduction },
  }).protect();
  return { ...armor, parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens } };
}
