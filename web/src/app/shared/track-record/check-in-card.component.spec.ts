import { CheckIn, CheckInsApi } from '@homeward/web-data-access';
import en from '../../../../public/i18n/en.json';
import { render } from '../../testing/render';
import { CheckInCardComponent } from './check-in-card.component';

const earlier: CheckIn = {
  id: 'c1',
  day: '2026-03-02',
  mood: 3,
  craving: 4,
  attendedMeeting: false,
  note: 'Hard morning',
  noteVisibility: 'STAFF_ONLY',
  stress: null,
  wantsSupport: null,
  replaced: true,
  createdAt: '2026-03-02T08:00:00Z',
};
const latest: CheckIn = {
  ...earlier,
  id: 'c2',
  mood: 4,
  craving: 2,
  attendedMeeting: true,
  note: null,
  noteVisibility: null,
  replaced: false,
  createdAt: '2026-03-02T18:00:00Z',
};

function setup(today: CheckIn[]) {
  const api = {
    mine: jest.fn().mockResolvedValue(today),
    submit: jest.fn().mockResolvedValue({ ...latest, id: 'c3' }),
  };
  return {
    api,
    rendering: render(CheckInCardComponent, [{ provide: CheckInsApi, useValue: api }], {
      planId: 'plan-1',
    }),
  };
}

describe('CheckInCardComponent', () => {
  it('shows the check-in that counts for today (the latest), not the one it replaced', async () => {
    const { rendering } = setup([latest, earlier]);
    const { byTestId } = await rendering;
    expect(byTestId('check-in-summary')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Mood: Good · Craving: 2 of 10 · went to a meeting',
    );
    expect(byTestId('check-in-today')?.textContent).not.toContain('Hard morning');
    expect(byTestId('check-in-submit')).toBeNull();
  });

  it('asks kindly for a mood before sending, then sends the answers with the note only for who may read it', async () => {
    const { api, rendering } = setup([]);
    const { byTestId, click, fixture, settle } = await rendering;
    await click('check-in-submit');
    expect(byTestId('check-in-error')?.textContent?.trim()).toBe(en.track.checkIn.moodNeeded);
    expect(api.submit).not.toHaveBeenCalled();

    await click('check-in-mood-2');
    await click('check-in-meeting');
    const note = byTestId('check-in-note') as HTMLTextAreaElement;
    note.value = '  Called my sponsor  ';
    note.dispatchEvent(new Event('input'));
    await settle();
    await click('check-in-visibility-STAFF_ONLY');
    api.mine.mockResolvedValue([{ ...latest, id: 'c3', mood: 2 }]);
    await click('check-in-submit');

    expect(api.submit).toHaveBeenCalledTimes(1);
    const [planId, answers, key] = api.submit.mock.calls[0];
    expect(planId).toBe('plan-1');
    expect(answers).toEqual({
      mood: 2,
      craving: 0,
      attendedMeeting: true,
      note: 'Called my sponsor',
      noteVisibility: 'STAFF_ONLY',
    });
    expect(key.for).toBeInstanceOf(Function);
    expect(byTestId('check-in-status')?.textContent?.trim()).toBe(en.track.checkIn.done);
    expect(byTestId('check-in-summary')?.textContent).toContain('Mood: Low');
    void fixture;
  });

  it('makes each question one radio group, so the keyboard and screen readers take its choices together', async () => {
    const { rendering } = setup([]);
    const { element, byTestId, settle } = await rendering;
    // Who reads the note is asked once there is a note.
    const note = byTestId('check-in-note') as HTMLTextAreaElement;
    note.value = 'A good day';
    note.dispatchEvent(new Event('input'));
    await settle();
    const groups = [...element.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map(
      (radio) => radio.name,
    );
    expect(groups.filter((name) => name === 'mood')).toHaveLength(5);
    expect(groups.filter((name) => name === 'noteVisibility')).toHaveLength(2);
    expect(groups.every((name) => name === 'mood' || name === 'noteVisibility')).toBe(true);
  });

  it('updates today: the form starts from today’s answers and says the new one counts instead', async () => {
    const { api, rendering } = setup([latest]);
    const { byTestId, click, element } = await rendering;
    await click('check-in-update');
    expect(element.textContent).toContain(en.track.checkIn.updateHint);
    expect(byTestId('check-in-submit')?.textContent?.trim()).toBe(en.track.checkIn.saveUpdate);
    await click('check-in-submit');
    expect(api.submit.mock.calls[0][1]).toEqual({ mood: 4, craving: 2, attendedMeeting: true });
    expect(byTestId('check-in-status')?.textContent?.trim()).toBe(en.track.checkIn.updated);
  });
});
