import { reason } from './catalog';

/** Refusals of concerns and repair agreements (issue 12); each reads in every language. */
export const CONCERN_REASONS = {
  CONCERN_PLAN_CLOSED: reason(
    'CONFLICT',
    () => 'This plan is closed, so new concerns are not kept here. Your counselor can still help.',
    () =>
      'Este plan está cerrado, así que aquí ya no se guardan inquietudes nuevas. Tu consejero te puede seguir ayudando.',
  ),
  CONCERN_SUBJECT_MISSING: reason(
    'BAD_USER_INPUT',
    () => 'Choose which one it is about.',
    () => 'Elige de cuál se trata.',
  ),
  CONCERN_SUBJECT_NOT_ON_PLAN: reason(
    'BAD_USER_INPUT',
    () => 'Choose one from this plan that involves you.',
    () => 'Elige uno de este plan que te incluya.',
  ),
  CONCERN_ABOUT_NOT_ON_PLAN: reason(
    'BAD_USER_INPUT',
    () => 'Choose people who are on this plan.',
    () => 'Elige personas que estén en este plan.',
  ),
  CONCERN_ABOUT_SELF: reason(
    'BAD_USER_INPUT',
    () => 'A concern is about someone else; for something of your own, your counselor can help.',
    () => 'Una inquietud es sobre otra persona; para algo tuyo, tu consejero te puede ayudar.',
  ),
  CONCERN_SETTLED: reason(
    'CONFLICT',
    () => 'This concern has already been settled; it stays in the plan as it is.',
    () => 'Esta inquietud ya se resolvió; queda en el plan tal como está.',
  ),
  CONCERN_NOT_REVIEWED: reason(
    'CONFLICT',
    () => 'Review the concern and write how you will put it before bringing people in.',
    () => 'Revisa la inquietud y escribe cómo la vas a presentar antes de invitar a las personas.',
  ),
  CONCERN_NOT_IN_DISCUSSION: reason(
    'CONFLICT',
    () => 'Open a conversation with the people involved before agreeing a repair.',
    () => 'Abre una conversación con las personas involucradas antes de acordar una reparación.',
  ),
  CONCERN_PLAN_NOT_ACTIVE: reason(
    'CONFLICT',
    () => 'The plan is already paused, so no visits will take place until it resumes.',
    () => 'El plan ya está en pausa, así que no habrá visitas hasta que se retome.',
  ),
  REPAIR_COMMITMENT_NOT_ON_PLAN: reason(
    'BAD_USER_INPUT',
    () => 'Each commitment is for someone on this plan who is part of the conversation.',
    () => 'Cada compromiso es para alguien de este plan que forma parte de la conversación.',
  ),
  REPAIR_NOT_YOURS_TO_ACCEPT: reason(
    'CONFLICT',
    () => 'This repair has no commitment of yours to accept.',
    () => 'Esta reparación no tiene ningún compromiso tuyo que aceptar.',
  ),
  REPAIR_ALREADY_ACCEPTED: reason(
    'CONFLICT',
    () => 'You have already accepted your part.',
    () => 'Ya aceptaste tu parte.',
  ),
  REPAIR_REPLACED: reason(
    'CONFLICT',
    () => 'This repair has been replaced by a newer one. Refresh the page to read it.',
    () => 'Esta reparación fue reemplazada por una más reciente. Actualiza la página para leerla.',
  ),
  REPAIR_NOT_AGREED_YET: reason(
    'CONFLICT',
    () => 'Everyone accepts their part first; then each commitment can be marked.',
    () => 'Primero cada persona acepta su parte; después se puede marcar cada compromiso.',
  ),
  REPAIR_NOT_MARKED_YET: reason(
    'CONFLICT',
    () => 'The person has not said yet how this commitment went.',
    () => 'La persona todavía no ha dicho cómo le fue con este compromiso.',
  ),
  REPAIR_ALREADY_KEPT: reason(
    'CONFLICT',
    () => 'This commitment has already been confirmed as kept.',
    () => 'Este compromiso ya se confirmó como cumplido.',
  ),
};
