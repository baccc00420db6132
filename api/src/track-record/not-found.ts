import type { RecordKind } from '@homeward/domain';
import { DomainError, notFound } from '../platform/domain-error';

/**
 * A change named by one of the plan's records (a visit, a proposal, a milestone): someone who may
 * not act on that plan hears the record does not exist, exactly as for one that does not.
 */
export function orNotFound<T>(what: RecordKind, change: Promise<T>): Promise<T> {
  return change.catch((error: unknown) => {
    const planNotFound =
      error instanceof DomainError &&
      error.reason === 'NOT_FOUND' &&
      Reflect.get(error.params, 'what') === 'plan';
    throw planNotFound ? notFound(what) : error;
  });
}
