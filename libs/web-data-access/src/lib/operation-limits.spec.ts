import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { buildSchema, DocumentNode, GraphQLError, parse, print, validate } from 'graphql';
import * as generated from '../generated/graphql';

/**
 * The API refuses an operation past its abuse limits before running it (api/src/graphql/graphql-limits.ts).
 * Every operation the web sends, as Apollo sends it (with __typename), must stay within them:
 * a query that grows past the cost limit fails for everyone, in production only.
 */
const LIMITS = { maxDepth: 10, maxTokens: 1000, maxCost: 5000 };

const schema = buildSchema(readFileSync(join(__dirname, '../../../../api/schema.gql'), 'utf8'));
const operations = Object.entries(generated)
  .filter(
    ([name, value]) =>
      name.endsWith('Document') &&
      typeof value === 'object' &&
      (value as DocumentNode).kind === 'Document',
  )
  .map(([name, document]) => [name, addTypenameToDocument(document as DocumentNode)] as const);

describe('every operation stays within the API limits', () => {
  it('finds the operations', () => {
    expect(operations.map(([name]) => name)).toEqual(
      expect.arrayContaining(['AgreementDocument', 'MyPlanDocument', 'StaffPlanDocument']),
    );
  });

  it.each(operations)('%s', (_name, document) => {
    const refusals: string[] = [];
    const onReject = [
      (_context: unknown, error: GraphQLError) => void refusals.push(error.message),
    ];
    const source = print(document);
    expect(() => parse(source, { maxTokens: LIMITS.maxTokens })).not.toThrow();
    validate(schema, document, [
      costLimitRule({ maxCost: LIMITS.maxCost, onReject, propagateOnRejection: false }),
      maxDepthRule({
        n: LIMITS.maxDepth,
        flattenFragments: true,
        onReject,
        propagateOnRejection: false,
      }),
    ]);
    expect(refusals).toEqual([]);
  });
});
