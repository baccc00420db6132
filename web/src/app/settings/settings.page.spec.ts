import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { describeReason, emailGroupsFor } from '@homeward/domain';
import {
  MeFieldsFragment,
  NotificationSettings,
  NotificationsApi,
} from '@homeward/web-data-access';
import en from '../../../public/i18n/en.json';
import { SessionStore } from '../core/session.store';
import { render } from '../testing/render';
import { SettingsPage } from './settings.page';

const familySettings: NotificationSettings = {
  emailGroups: ['WAITING', 'VISITS', 'REMINDERS'],
  availableGroups: [...emailGroupsFor('FAMILY')],
  digest: false,
  digestTime: '18:00',
  quietFrom: null,
  quietUntil: null,
  checkInReminderAt: null,
  caseloadDigest: false,
  allPaused: false,
  timeZone: 'America/Chicago',
};

const counselorSettings: NotificationSettings = {
  ...familySettings,
  emailGroups: ['CASELOAD'],
  availableGroups: [...emailGroupsFor('COUNSELOR')],
};

async function open(
  settings: NotificationSettings,
  role: MeFieldsFragment['role'] = 'FAMILY',
  language: MeFieldsFragment['language'] = 'EN',
) {
  const session = { me: () => ({ id: 'u1', role, language }), chooseLanguage: jest.fn() };
  const api = {
    settings: jest.fn().mockResolvedValue(settings),
    updateSettings: jest.fn().mockImplementation(async (input) => ({ ...settings, ...input })),
    setTimeZone: jest.fn().mockResolvedValue({ id: 'u1' }),
  };
  const page = await render(SettingsPage, [
    { provide: NotificationsApi, useValue: api },
    { provide: SessionStore, useValue: session },
  ]);
  const input = (id: string) =>
    page.byTestId(id)?.querySelector('input') ?? (page.byTestId(id) as HTMLInputElement);
  /** Types into a field as a person would (the form hears the input event). */
  const type = async (id: string, value: string) => {
    const field = page.byTestId(id) as HTMLInputElement | HTMLSelectElement;
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
    await page.settle();
  };
  return { ...page, api, session, input, type };
}

describe('SettingsPage', () => {
  afterEach(() => TestBed.resetTestingModule());

  it('offers a family member only the kinds of updates that can reach them, and their reminder', async () => {
    const { element, allByTestId, byTestId, input } = await open(familySettings);
    const offered = allByTestId('settings-groups')[0].querySelectorAll('mat-checkbox');
    expect([...offered].map((box) => box.getAttribute('data-testid'))).toEqual([
      'settings-group-WAITING',
      'settings-group-VISITS',
      'settings-group-REMINDERS',
      'settings-group-SHARED',
    ]);
    expect(byTestId('settings-group-WAITING')?.textContent?.trim()).toBe(en.settings.group.WAITING);
    expect(input('settings-group-VISITS').checked).toBe(true);
    expect(input('settings-group-SHARED').checked).toBe(false);
    expect(byTestId('settings-caseload')).toBeNull();
    // The reminder is theirs to turn on: off until they do.
    expect(byTestId('settings-reminder')).not.toBeNull();
    expect(input('settings-reminder-on').checked).toBe(false);
    expect(byTestId('settings-reminder-time')).toBeNull();
    // Mail is discreet, and the page says so.
    expect(byTestId('settings-discreet')?.textContent?.trim()).toBe(en.settings.discreet);
    expect(element.textContent).toContain(en.settings.quiet.explained);
    expect((byTestId('settings-zone') as HTMLSelectElement).value).toBe('America/Chicago');
  });

  it('offers staff their caseload and its daily mail, and no check-in reminder', async () => {
    const { allByTestId, byTestId } = await open(counselorSettings, 'COUNSELOR');
    const offered = allByTestId('settings-groups')[0].querySelectorAll('mat-checkbox');
    expect([...offered].map((box) => box.getAttribute('data-testid'))).toEqual([
      'settings-group-CASELOAD',
    ]);
    expect(byTestId('settings-caseload')?.textContent?.trim()).toBe(en.settings.caseload);
    expect(byTestId('settings-reminder')).toBeNull();
  });

  it('saves what was chosen: groups, quiet hours, the reminder time and a new time zone', async () => {
    const { api, click, type, byTestId } = await open(familySettings);
    await click('settings-group-SHARED');
    await click('settings-group-VISITS');
    await type('settings-quiet-from', '21:30');
    await type('settings-quiet-until', '07:00');
    await click('settings-reminder-on');
    // Turning it on offers an evening time; the person picks their own.
    expect((byTestId('settings-reminder-time') as HTMLInputElement).value).toBe('19:00');
    await type('settings-reminder-time', '08:15');
    await type('settings-zone', 'Europe/Madrid');
    await click('settings-save');

    expect(api.setTimeZone).toHaveBeenCalledWith('Europe/Madrid');
    expect(api.updateSettings).toHaveBeenCalledWith({
      emailGroups: ['WAITING', 'REMINDERS', 'SHARED'],
      digest: false,
      digestTime: '18:00',
      quietFrom: '21:30',
      quietUntil: '07:00',
      checkInReminderAt: '08:15',
      caseloadDigest: false,
      allPaused: false,
    });
    expect(byTestId('settings-saved')?.textContent?.trim()).toBe(en.settings.saved);
    expect(byTestId('settings-error')).toBeNull();
  });

  it('leaves the time zone alone when it did not change, and sends no reminder once turned off', async () => {
    const { api, click } = await open({ ...familySettings, checkInReminderAt: '20:00' });
    await click('settings-reminder-on');
    await click('settings-pause');
    await click('settings-save');

    expect(api.setTimeZone).not.toHaveBeenCalled();
    expect(api.updateSettings).toHaveBeenCalledWith(
      expect.objectContaining({ checkInReminderAt: null, allPaused: true }),
    );
  });

  it('asks when the one daily email should come once it is chosen, and staff may ask for their caseload mail', async () => {
    const { api, click, type, byTestId } = await open(counselorSettings, 'COUNSELOR');
    expect(byTestId('settings-digest-time')).toBeNull();
    await click('settings-digest');
    expect((byTestId('settings-digest-time') as HTMLInputElement).value).toBe('18:00');
    await type('settings-digest-time', '07:45');
    await click('settings-caseload');
    await click('settings-save');
    expect(api.updateSettings).toHaveBeenCalledWith({
      emailGroups: ['CASELOAD'],
      digest: true,
      digestTime: '07:45',
      quietFrom: null,
      quietUntil: null,
      checkInReminderAt: null,
      caseloadDigest: true,
      allPaused: false,
    });
  });

  it('keeps the language on the account when it is saved, after the rest, without reopening the page', async () => {
    const { api, session, type, click, byTestId } = await open(familySettings, 'FAMILY', 'EN');
    const select = byTestId('settings-language') as HTMLSelectElement;
    expect(select.value).toBe('EN');
    expect([...select.options].map((o) => o.textContent?.trim())).toEqual(['English', 'Español']);
    await click('settings-save');
    // Unchanged, it is left alone.
    expect(session.chooseLanguage).not.toHaveBeenCalled();

    await type('settings-language', 'ES');
    await click('settings-save');
    expect(session.chooseLanguage).toHaveBeenCalledWith('es', { reopen: false });
    expect(api.updateSettings.mock.invocationCallOrder[1]).toBeLessThan(
      session.chooseLanguage.mock.invocationCallOrder[0],
    );
  });

  it('refuses half-filled quiet hours before sending, in the API’s own words, in the reader’s language', async () => {
    const { api, click, type, byTestId } = await open(familySettings);
    await type('settings-quiet-from', '22:00');
    await click('settings-save');
    expect(api.updateSettings).not.toHaveBeenCalled();
    expect(byTestId('settings-error')?.textContent?.trim()).toBe(
      describeReason('INPUT_QUIET_HOURS', {}, 'EN'),
    );
    expect(byTestId('settings-saved')).toBeNull();

    TestBed.inject(TranslocoService).setActiveLang('es');
    await click('settings-save');
    expect(api.updateSettings).not.toHaveBeenCalled();
    expect(byTestId('settings-error')?.textContent?.trim()).toBe(
      describeReason('INPUT_QUIET_HOURS', {}, 'ES'),
    );
  });
});
