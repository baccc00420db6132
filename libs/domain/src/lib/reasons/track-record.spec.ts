import { localizedDefaultText } from '../default-texts';
import { contactTypeName } from '../track-record';
import { describeReason } from './index';

describe('track-record reasons', () => {
  it('words a visit refusal as the API always has, from its params', () => {
    expect(
      describeReason(
        'CONTACT_TYPE_NOT_ALLOWED',
        { phase: 'Reconnect', contactType: 'OVERNIGHT' },
        'EN',
      ),
    ).toBe('The current phase, Reconnect, does not include overnight stays yet.');
    expect(describeReason('NEEDS_SUPERVISOR', { contactType: 'ON_SITE_SUPERVISED' }, 'EN')).toBe(
      'Supervised visits on site need a member of staff there: choose who will be there.',
    );
    expect(describeReason('PLAN_NOT_ACTIVE', {}, 'EN')).toBe(
      'The plan is paused for now, so no visits are scheduled until it resumes.',
    );
  });

  it("names the phase and the contact in the reader's language; an organization's own phase name stays as written", () => {
    expect(
      describeReason(
        'CONTACT_TYPE_NOT_ALLOWED',
        { phase: 'Reconnect', contactType: 'OVERNIGHT' },
        'ES',
      ),
    ).toBe('La fase actual, Reencuentro, todavía no incluye noches en casa.');
    expect(
      describeReason(
        'CONTACT_TYPE_NOT_ALLOWED',
        { phase: 'Calls first', contactType: 'DAY_PASS' },
        'ES',
      ),
    ).toBe('La fase actual, Calls first, todavía no incluye salidas de día.');
  });

  it('words what keeps a plan from moving up, with its numbers and day', () => {
    expect(
      describeReason('PHASE_MOVE_MILESTONES_NOT_ACHIEVED', { achieved: 0, total: 3 }, 'EN'),
    ).toBe('Not yet: 0 of 3 milestones of this phase are achieved.');
    expect(describeReason('PHASE_MOVE_WAITING_PERIOD', { waitUntil: '2026-04-01' }, 'EN')).toBe(
      'After the step back, the next try at this phase is possible from 2026-04-01.',
    );
  });

  it('knows every contact type and default phase name in Spanish', () => {
    expect(contactTypeName('PHONE', 'ES')).toBe('llamadas');
    expect(localizedDefaultText('Supervised visits', 'ES')).toBe('Visitas supervisadas');
    expect(localizedDefaultText('Supervised visits', 'EN')).toBe('Supervised visits');
    expect(localizedDefaultText('toString', 'ES')).toBe('toString');
  });
});
