import { CheckIn, CheckInsApi } from '@homeward/web-data-access';
import en from '../../../../public/i18n/en.json';
import { render } from '../../testing/render';
import { FamilyCheckInCardComponent } from './family-check-in-card.component';

const mine: CheckIn = {
  id: 'f1',
  day: '2026-03-02',
  mood: null,
  craving: null,
  attendedMeeting: false,
  note: null,
  noteVisibility: null,
  stress: 4,
  wantsSupport: true,
  replaced: false,
  createdAt: '2026-03-02T18:00:00Z',
};

describe('FamilyCheckInCardComponent', () => {
  it('is theirs, not a report: asks their stress first, sends it with whether they would like support, and says the counselor will see that', async () => {
    const api = {
      mine: jest.fn().mockResolvedValue([]),
      submitFamily: jest.fn().mockResolvedValue(mine),
    };
    const { byTestId, click, element } = await render(
      FamilyCheckInCardComponent,
      [{ provide: CheckInsApi, useValue: api }],
      { planId: 'p1' },
    );
    expect(element.textContent).toContain(en.track.familyCheckIn.yours);
    expect(element.textContent).not.toContain(en.track.checkIn.mood);

    // One radio group: one tab stop, the arrow keys move between the levels.
    const levels = element.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(levels).toHaveLength(5);
    expect([...levels].every((radio) => radio.name === 'stress')).toBe(true);

    await click('family-check-in-submit');
    expect(api.submitFamily).not.toHaveBeenCalled();
    expect(element.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      en.track.familyCheckIn.stressNeeded,
    );

    await click('family-check-in-stress-4');
    await click('family-check-in-support');
    api.mine.mockResolvedValue([mine]);
    await click('family-check-in-submit');
    expect(api.submitFamily.mock.calls[0].slice(0, 2)).toEqual([
      'p1',
      { stress: 4, wantsSupport: true, attendedMeeting: false },
    ]);
    expect(byTestId('family-check-in-status')?.textContent).toContain(
      en.track.familyCheckIn.supportNoted,
    );
    expect(byTestId('family-check-in-summary')?.textContent?.trim()).toBe('Quite stressed');
  });
});
