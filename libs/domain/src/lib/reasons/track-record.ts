import { reason } from './catalog';

/** Refusals of the track-record domain; each reads in every language (see catalog.ts). */
export const TRACK_RECORD_REASONS = {
  CHECK_INS_PLAN_CLOSED: reason(
    'CONFLICT',
    () => 'This plan is closed, so check-ins are no longer kept here.',
    () => 'Este plan está cerrado, así que aquí ya no se guardan registros diarios.',
  ),
};
