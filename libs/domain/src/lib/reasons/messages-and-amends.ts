import { reason } from './catalog';

/** Refusals of messages and amends (issue 12); each reads in every language (see catalog.ts). */
export const MESSAGES_AND_AMENDS_REASONS = {
  MESSAGE_PERSON_RESTRICTED: reason(
    'BAD_USER_INPUT',
    () => 'You cannot write to someone in this conversation for now; the counselor can explain.',
    () =>
      'Por ahora no puedes escribirle a alguien de esta conversación; el consejero te lo puede explicar.',
  ),
  MESSAGE_PLAN_PAUSED: reason(
    'CONFLICT',
    () =>
      'The plan is paused for now: you can still write to your care team, in a conversation with them.',
    () =>
      'El plan está en pausa por ahora: puedes seguir escribiendo a tu equipo de cuidado, en una conversación con ellos.',
  ),
  MESSAGE_JOIN_FIRST: reason(
    'CONFLICT',
    () => 'Join this conversation first, so everyone in it can see you are there.',
    () => 'Únete primero a esta conversación, para que todos vean que estás ahí.',
  ),
  MESSAGE_ALREADY_JOINED: reason(
    'CONFLICT',
    () => 'You are already in this conversation.',
    () => 'Ya estás en esta conversación.',
  ),
  AMENDS_TO_SELF: reason(
    'BAD_USER_INPUT',
    () => 'An amends is offered to someone else: choose a family member on this plan.',
    () => 'Una reparación se ofrece a otra persona: elige a un familiar de este plan.',
  ),
  AMENDS_RECIPIENT_RESTRICTED: reason(
    'BAD_USER_INPUT',
    () => 'This person cannot be contacted for now; the counselor can explain.',
    () => 'Por ahora no se puede contactar a esta persona; el consejero te lo puede explicar.',
  ),
  AMENDS_NOT_PREPARED: reason(
    'CONFLICT',
    () => 'This amends has already been reviewed and offered.',
    () => 'Esta reparación ya se revisó y se ofreció.',
  ),
  AMENDS_NOT_OFFERED: reason(
    'CONFLICT',
    () => 'This amends is not waiting for your choice.',
    () => 'Esta reparación no está esperando tu decisión.',
  ),
  AMENDS_NOT_RECEIVED: reason(
    'CONFLICT',
    () => 'You can reply once you have chosen to receive it.',
    () => 'Puedes responder una vez que hayas elegido recibirla.',
  ),
  AMENDS_ALREADY_ANSWERED: reason(
    'CONFLICT',
    () => 'You have already replied to this amends; your reply is kept as you wrote it.',
    () => 'Ya respondiste a esta reparación; tu respuesta se guarda tal como la escribiste.',
  ),
};
