import { Reason, reasonCode, ReasonParams, RecordKind } from '@homeward/domain';

/** Which input to fix, and every rule that stood in the way (a phase move lists them all). */
export interface DomainErrorDetails {
  field?: string;
  blockers?: { reason: Reason; params?: object }[];
  retryAfterSeconds?: number;
}

/** Reasons whose words need no params. */
export type ParamlessReason = {
  [R in Reason]: keyof ReasonParams<R> extends never ? R : never;
}[Reason];

/** Params may be left out only by reasons whose words need none. */
type ReasonArgs<R extends Reason> = keyof ReasonParams<R> extends never
  ? [params?: ReasonParams<R>, details?: DomainErrorDetails]
  : [params: ReasonParams<R>, details?: DomainErrorDetails];

/**
 * A refusal as data (STYLE 32): a reason from the one catalog in @homeward/domain and the
 * params its words need — never a sentence. `formatError` sets `extensions.code` and
 * `extensions.reason`; the reader's client puts it in their language.
 */
export class DomainError<R extends Reason = Reason> extends Error {
  readonly params: object;
  readonly details: DomainErrorDetails;

  constructor(
    readonly reason: R,
    ...[params, details]: ReasonArgs<R>
  ) {
    super(reason);
    this.name = 'DomainError';
    this.params = params ?? {};
    this.details = details ?? {};
  }

  get code() {
    return reasonCode(this.reason);
  }
}

/** The same answer for "does not exist" and "not yours", so nothing leaks across organizations. */
export const notFound = (what: ReasonParams<'NOT_FOUND'>['what'] = 'record') =>
  new DomainError('NOT_FOUND', { what });

export const notSignedIn = () => new DomainError('NOT_SIGNED_IN');
export const forbidden = () => new DomainError('ROLE_NOT_ALLOWED');

/**
 * A change named by one of the plan's records (a visit, an expectation, a milestone): someone who
 * may not act on that plan hears the record does not exist, exactly as for one that does not.
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
