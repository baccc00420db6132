import { reason } from './catalog';

/** A version someone read, and the one that stands now. */
interface Versions {
  read: number;
  current: number;
}

/** Refusals of the agreement domain; each reads in every language (see catalog.ts). */
export const AGREEMENT_REASONS = {
  AGREEMENT_PLAN_CLOSED: reason(
    'CONFLICT',
    () => 'This plan is closed: its agreement can still be read, but not changed.',
    () =>
      'Este plan está cerrado: su acuerdo se puede seguir leyendo, pero ya no se puede cambiar.',
  ),

  EXPECTATION_SAME_PERSON: reason(
    'BAD_USER_INPUT',
    () => 'An expectation is between two different people: choose who asks and of whom.',
    () => 'Una expectativa es entre dos personas distintas: elige quién la pide y a quién.',
  ),
  EXPECTATION_PROPOSER_NOT_PARTY: reason(
    'BAD_USER_INPUT',
    () =>
      'You can propose what you expect of someone, or what you offer them: choose yourself as one of the two.',
    () =>
      'Puedes proponer lo que esperas de alguien o lo que tú le ofreces: elígete como una de las dos personas.',
  ),
  EXPECTATION_FROM_NOT_ON_PLAN: reason(
    'BAD_USER_INPUT',
    () => 'Choose whose expectation this is from the people on this plan.',
    () => 'Elige de quién es esta expectativa entre las personas de este plan.',
  ),
  EXPECTATION_TO_NOT_ON_PLAN: reason(
    'BAD_USER_INPUT',
    () => 'Choose who it is asked of from the people on this plan.',
    () => 'Elige a quién se le pide entre las personas de este plan.',
  ),
  EXPECTATION_PHASE_OUT_OF_RANGE: reason<{ phases: number }>(
    'BAD_USER_INPUT',
    ({ phases }) => `Choose a phase of this plan, from 1 to ${phases}.`,
    ({ phases }) => `Elige una fase de este plan, de la 1 a la ${phases}.`,
  ),
  EXPECTATION_REVIEW_DATE_NOT_AFTER_TODAY: reason(
    'BAD_USER_INPUT',
    () => 'Choose a review date after today.',
    () => 'Elige una fecha de revisión posterior a hoy.',
  ),
  EXPECTATION_CHANGE_UNSAID: reason(
    'BAD_USER_INPUT',
    () => 'Say what you would like changed, so the others can answer it.',
    () => 'Di qué te gustaría cambiar, para que los demás puedan responderte.',
  ),
  EXPECTATION_RETIRED: reason(
    'CONFLICT',
    () => 'This expectation was retired by agreement; propose a new one instead.',
    () => 'Esta expectativa se dejó de lado de común acuerdo; puedes proponer una nueva.',
  ),
  /** Someone answered a version that has since been reworded. */
  EXPECTATION_VERSION_STALE: reason<Versions>(
    'CONFLICT',
    ({ read, current }) =>
      `This expectation has changed since version ${read}: please read version ${current} and answer that one.`,
    ({ read, current }) =>
      `Esta expectativa cambió desde la versión ${read}: lee la versión ${current} y responde a esa, por favor.`,
  ),
  /** Someone rewords a version that has since been reworded. */
  EXPECTATION_REVISION_STALE: reason<Versions>(
    'CONFLICT',
    ({ read, current }) =>
      `This expectation has changed since version ${read}: please read version ${current} and revise that one.`,
    ({ read, current }) =>
      `Esta expectativa cambió desde la versión ${read}: lee la versión ${current} y cambia la redacción de esa, por favor.`,
  ),
  EXPECTATION_VERSION_UNKNOWN: reason<{ read: number }>(
    'CONFLICT',
    ({ read }) => `This expectation has no version ${read}.`,
    ({ read }) => `Esta expectativa no tiene una versión ${read}.`,
  ),

  BOUNDARY_NOT_FOR_SELF: reason(
    'BAD_USER_INPUT',
    () => 'A boundary applies to other people on the plan, not to yourself.',
    () => 'Un límite se aplica a otras personas del plan, no a ti.',
  ),
  BOUNDARY_APPLIES_TO_NOT_ON_PLAN: reason(
    'BAD_USER_INPUT',
    () => 'Choose whom it applies to from the people on this plan.',
    () => 'Elige a quién se aplica entre las personas de este plan.',
  ),
  BOUNDARY_OWN: reason(
    'BAD_USER_INPUT',
    () => 'This is your own boundary; the people it applies to acknowledge it.',
    () =>
      'Este límite es tuyo; son las personas a quienes se aplica quienes dicen que lo entienden.',
  ),
  BOUNDARY_VERSION_STALE: reason<Versions>(
    'CONFLICT',
    ({ read, current }) =>
      `This boundary has changed since version ${read}: please read version ${current} and acknowledge that one.`,
    ({ read, current }) =>
      `Este límite cambió desde la versión ${read}: lee la versión ${current} y di si entiendes esa, por favor.`,
  ),
  BOUNDARY_VERSION_UNKNOWN: reason<{ read: number }>(
    'CONFLICT',
    ({ read }) => `This boundary has no version ${read}.`,
    ({ read }) => `Este límite no tiene una versión ${read}.`,
  ),
  BOUNDARY_ALREADY_ACKNOWLEDGED: reason(
    'CONFLICT',
    () => 'You have already acknowledged this version.',
    () => 'Ya dijiste que entiendes esta versión. Gracias.',
  ),

  CONTRACT_VERSION_STALE: reason<Versions>(
    'CONFLICT',
    ({ read, current }) =>
      `This home contract has changed since version ${read}: please read version ${current} and sign that one.`,
    ({ read, current }) =>
      `Este contrato del hogar cambió desde la versión ${read}: lee la versión ${current} y firma esa, por favor.`,
  ),
  /** `name`: the signer's name as it is on their account. */
  CONTRACT_SIGNATURE_NAME_MISMATCH: reason<{ name: string }>(
    'BAD_USER_INPUT',
    ({ name }) => `To sign, type your full name as it is on your account: ${name}.`,
    ({ name }) => `Para firmar, escribe tu nombre completo como aparece en tu cuenta: ${name}.`,
  ),
  CONTRACT_ALREADY_SIGNED: reason<{ version: number }>(
    'CONFLICT',
    ({ version }) => `You have already signed version ${version} of the home contract.`,
    ({ version }) => `Ya firmaste la versión ${version} del contrato del hogar. Gracias.`,
  ),
};
