import { localizedDefaultText } from '../default-texts';
import type { ContactType } from '../plan-ladder';
import { contactTypeName } from '../track-record';
import { reason } from './catalog';

const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Refusals of the track-record domain; each reads in every language (see catalog.ts). */
export const TRACK_RECORD_REASONS = {
  CHECK_INS_PLAN_CLOSED: reason(
    'CONFLICT',
    () => 'This plan is closed, so check-ins are no longer kept here.',
    () => 'Este plan está cerrado, así que aquí ya no se guardan registros diarios.',
  ),

  // Why a visit cannot be scheduled (visitRefusals): these names travelled in extensions.reason before.
  PLAN_NOT_ACTIVE: reason(
    'CONFLICT',
    () => 'The plan is paused for now, so no visits are scheduled until it resumes.',
    () => 'El plan está en pausa por ahora, así que no se programan visitas hasta que se retome.',
  ),
  /** `phase` is the phase's name as stored; `contactType` the kind of contact asked for. */
  CONTACT_TYPE_NOT_ALLOWED: reason<{ phase: string; contactType: ContactType }>(
    'BAD_USER_INPUT',
    ({ phase, contactType }) =>
      `The current phase, ${phase}, does not include ${contactTypeName(contactType, 'EN')} yet.`,
    ({ phase, contactType }) =>
      `La fase actual, ${localizedDefaultText(phase, 'ES')}, todavía no incluye ${contactTypeName(contactType, 'ES')}.`,
  ),
  PARTICIPANT_RESTRICTED: reason(
    'BAD_USER_INPUT',
    () => 'Someone chosen cannot take part in visits at the moment; the counselor can explain.',
    () =>
      'Una de las personas elegidas no puede participar en visitas por ahora; el consejero te lo puede explicar.',
  ),
  NEEDS_SUPERVISOR: reason<{ contactType: ContactType }>(
    'BAD_USER_INPUT',
    ({ contactType }) =>
      `${capitalized(contactTypeName(contactType, 'EN'))} need a member of staff there: choose who will be there.`,
    ({ contactType }) =>
      `${capitalized(contactTypeName(contactType, 'ES'))} necesitan a alguien del personal presente: elige quién estará.`,
  ),
  ENDS_BEFORE_START: reason(
    'BAD_USER_INPUT',
    () => 'The visit has to end after it starts.',
    () => 'La visita tiene que terminar después de empezar.',
  ),
  IN_THE_PAST: reason(
    'BAD_USER_INPUT',
    () => 'Choose a time that has not passed yet.',
    () => 'Elige un horario que todavía no haya pasado.',
  ),
  OVERLAPS: reason(
    'CONFLICT',
    () => 'Someone taking part already has another visit at that time.',
    () => 'Alguien que participa ya tiene otra visita a esa hora.',
  ),

  // Visits: who takes part, and where a visit stands.
  VISIT_PARTICIPANTS_NOT_ON_PLAN: reason(
    'BAD_USER_INPUT',
    () => 'Choose who takes part from the people on this plan.',
    () => 'Elige quién participa entre las personas de este plan.',
  ),
  VISIT_NEEDS_PATIENT_AND_FAMILY: reason(
    'BAD_USER_INPUT',
    () => 'A visit is between the patient and at least one family member.',
    () => 'Una visita es entre la persona en recuperación y al menos un familiar.',
  ),
  VISIT_ASKER_TAKES_PART: reason(
    'BAD_USER_INPUT',
    () => 'You can ask for a visit you take part in.',
    () => 'Puedes pedir una visita en la que tú participes.',
  ),
  VISIT_SUPERVISOR_NOT_STAFF: reason(
    'BAD_USER_INPUT',
    () => 'Choose a member of staff to be there.',
    () => 'Elige a alguien del personal para que esté presente.',
  ),
  VISIT_PARTICIPANT_LEFT_PLAN: reason(
    'BAD_USER_INPUT',
    () =>
      'Someone on this visit is no longer on the plan; ask for a new visit with the people on it now.',
    () =>
      'Alguien de esta visita ya no está en el plan; pide una nueva visita con las personas que están ahora.',
  ),
  VISIT_NOT_AWAITING_APPROVAL: reason(
    'CONFLICT',
    () => 'This visit is not waiting for approval.',
    () => 'Esta visita no está esperando aprobación.',
  ),
  VISIT_ALREADY_UNDER_WAY: reason(
    'CONFLICT',
    () => 'This visit has already begun or ended, so there is nothing to answer now.',
    () => 'Esta visita ya empezó o terminó, así que ahora no hay nada que responder.',
  ),
  VISIT_NOT_CANCELLABLE: reason(
    'CONFLICT',
    () => 'Only a visit that has not ended can be cancelled.',
    () => 'Solo se puede cancelar una visita que todavía no terminó.',
  ),
  VISIT_NOT_APPROVED: reason(
    'CONFLICT',
    () => 'Only an approved visit can be completed or ended early.',
    () => 'Solo una visita aprobada se puede dar por realizada o por terminada antes.',
  ),
  VISIT_NOT_BEGUN: reason(
    'CONFLICT',
    () => 'This visit has not begun yet.',
    () => 'Esta visita todavía no empezó.',
  ),
  VISIT_DEBRIEF_NOT_TAKEN_PART: reason(
    'BAD_USER_INPUT',
    () => 'A debrief comes from the people who took part and the member of staff who was there.',
    () =>
      'La reflexión la dejan las personas que participaron y el miembro del personal que estuvo presente.',
  ),
  VISIT_DEBRIEF_TOO_EARLY: reason(
    'CONFLICT',
    () => 'A debrief can be left once the visit has taken place.',
    () => 'Puedes dejar tu reflexión una vez que la visita se haya realizado.',
  ),
  VISIT_DEBRIEF_ALREADY_LEFT: reason(
    'CONFLICT',
    () => 'You have already left a debrief for this visit.',
    () => 'Ya dejaste tu reflexión sobre esta visita.',
  ),

  // What keeps a plan from moving up a phase (phaseAdvanceBlockers); a refusal lists them all.
  PHASE_MOVE_PLAN_NOT_ACTIVE: reason(
    'CONFLICT',
    () => 'The plan is paused; it moves on once it resumes.',
    () => 'El plan está en pausa; avanza cuando se retome.',
  ),
  PHASE_MOVE_NO_NEXT_PHASE: reason(
    'CONFLICT',
    () => 'This is the last phase of the plan.',
    () => 'Esta es la última fase del plan.',
  ),
  PHASE_MOVE_MILESTONES_NOT_ACHIEVED: reason<{ achieved: number; total: number }>(
    'CONFLICT',
    ({ achieved, total }) =>
      `Not yet: ${achieved} of ${total} milestones of this phase are achieved.`,
    ({ achieved, total }) =>
      `Todavía no: se han alcanzado ${achieved} de ${total} logros de esta fase.`,
  ),
  /** `waitUntil` is a day, YYYY-MM-DD. */
  PHASE_MOVE_WAITING_PERIOD: reason<{ waitUntil: string }>(
    'CONFLICT',
    ({ waitUntil }) =>
      `After the step back, the next try at this phase is possible from ${waitUntil}.`,
    ({ waitUntil }) =>
      `Después de volver una fase atrás, se puede intentar esta fase de nuevo desde el ${waitUntil}.`,
  ),
  PHASE_MOVE_CONTRACT_NOT_SIGNED: reason(
    'CONFLICT',
    () =>
      'The next phase allows overnight stays: first everyone on the plan signs the current home contract.',
    () =>
      'La siguiente fase permite pasar noches en casa: primero todas las personas del plan firman el contrato del hogar vigente.',
  ),

  // Moving between phases, and asking for a pause.
  PHASE_PROPOSAL_ALREADY_OPEN: reason(
    'CONFLICT',
    () => 'A move to the next phase is already proposed and waiting for answers.',
    () => 'Ya se propuso pasar a la siguiente fase y se están esperando las respuestas.',
  ),
  PHASE_PROPOSAL_SETTLED: reason(
    'CONFLICT',
    () => 'This proposal has already been settled.',
    () => 'Esta propuesta ya se resolvió.',
  ),
  PHASE_WAIT_NEEDS_WORDS: reason(
    'BAD_USER_INPUT',
    () => 'Say a few words about what you would like to wait for, so everyone can understand.',
    () => 'Di en pocas palabras qué te gustaría esperar, para que todos puedan entenderlo.',
  ),
  PHASE_NO_CURRENT: reason(
    'CONFLICT',
    () => 'This plan has no current phase.',
    () => 'Este plan no tiene una fase actual.',
  ),
  PHASE_STEP_BACK_PLAN_CLOSED: reason(
    'CONFLICT',
    () => 'This plan is closed.',
    () => 'Este plan está cerrado.',
  ),
  PHASE_STEP_BACK_AT_FIRST: reason(
    'CONFLICT',
    () => 'The plan is at its first phase; there is no phase to step back to.',
    () => 'El plan está en su primera fase; no hay una fase anterior a la que volver.',
  ),
  PAUSE_PLAN_NOT_ACTIVE: reason(
    'CONFLICT',
    () => 'The plan is not active right now, so there is nothing to pause.',
    () => 'El plan no está activo ahora, así que no hay nada que pausar.',
  ),

  // Milestones decided by staff.
  MILESTONE_ALREADY_ACHIEVED: reason(
    'CONFLICT',
    () => 'This milestone is already achieved.',
    () => 'Este logro ya se alcanzó.',
  ),
  MILESTONE_VERIFY_MANUAL_ONLY: reason(
    'BAD_USER_INPUT',
    () =>
      'Only a manual milestone is verified by hand; this one is measured from the record (it can be waived with a reason).',
    () =>
      'Solo un logro manual se confirma a mano; este se mide con lo registrado (se puede dar por alcanzado con una razón).',
  ),
  MILESTONE_WAIVE_NEEDS_REASON: reason(
    'BAD_USER_INPUT',
    () => 'Give the reason for waiving it; the family will read it.',
    () => 'Indica la razón para darlo por alcanzado; la familia la leerá.',
  ),
};
