import { TestBed } from '@angular/core/testing';
import { AUDIT_CSV_COLUMNS, describeReason } from '@homeward/domain';
import { AuditApi, AuditExport, NotificationsApi } from '@homeward/web-data-access';
import en from '../../../../public/i18n/en.json';
import { render } from '../../testing/render';
import { AuditPage } from './audit.page';

const verified: AuditExport = {
  from: '2026-03-01',
  to: '2026-03-31',
  timeZone: 'America/Chicago',
  events: 42,
  csv: 'event_id\r\n1\r\n',
  fileName: 'homeward-audit-2026-03-01-to-2026-03-31.csv',
  chainVerified: true,
  checkedEvents: 311,
  firstBrokenEventId: null,
  firstBrokenReason: null,
};

/** A blob's text (jsdom's Blob has no text()). */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

async function open(answer: AuditExport = verified) {
  const api = { export: jest.fn().mockResolvedValue(answer) };
  const settings = { settings: jest.fn().mockResolvedValue({ timeZone: 'America/Chicago' }) };
  // jsdom has no object URLs: the download is seen through them and the link's click.
  const saved: { name: string; blob: Blob }[] = [];
  URL.createObjectURL = jest.fn((blob: Blob) => {
    saved.push({ name: '', blob });
    return 'blob:audit';
  });
  URL.revokeObjectURL = jest.fn();
  const clicks = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved[saved.length - 1].name = this.download;
  });
  const page = await render(AuditPage, [
    { provide: AuditApi, useValue: api },
    { provide: NotificationsApi, useValue: settings },
  ]);
  const type = async (id: string, value: string) => {
    const input = page.byTestId(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await page.settle();
  };
  return { ...page, api, saved, clicks, type };
}

describe('AuditPage', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    TestBed.resetTestingModule();
  });

  it('explains every column of the file, and names the time zone the days are in', async () => {
    const { byTestId } = await open();
    const terms = [...(byTestId('audit-columns')?.querySelectorAll('dt') ?? [])];
    expect(terms.map((dt) => dt.textContent?.trim())).toEqual([...AUDIT_CSV_COLUMNS]);
    const meanings = [...(byTestId('audit-columns')?.querySelectorAll('dd') ?? [])];
    expect(meanings.map((dd) => dd.textContent?.trim())).toEqual(
      AUDIT_CSV_COLUMNS.map((c) => en.admin.audit.columns[c]),
    );
    expect(byTestId('audit-zone')?.textContent).toContain('America/Chicago');
  });

  it('downloads the days chosen as a CSV file and says the trail checks out', async () => {
    const { api, saved, type, click, byTestId } = await open();
    await type('audit-from', '2026-03-01');
    await type('audit-to', '2026-03-31');
    await click('audit-download');

    expect(api.export).toHaveBeenCalledWith('2026-03-01', '2026-03-31');
    expect(saved).toHaveLength(1);
    expect(saved[0].name).toBe(verified.fileName);
    expect(saved[0].blob.type).toBe('text/csv;charset=utf-8');
    expect(await textOf(saved[0].blob)).toBe(verified.csv);
    expect(byTestId('audit-downloaded')?.textContent?.trim()).toBe(
      'homeward-audit-2026-03-01-to-2026-03-31.csv is downloading: 42 entries.',
    );
    expect(byTestId('audit-verified')?.textContent?.trim()).toBe(
      'The trail checks out: all 311 entries, from the first to now, are exactly as they were written.',
    );
    expect(byTestId('audit-not-verified')).toBeNull();
  });

  it('names the first entry that does not check out, and why, in kind words', async () => {
    const { click, byTestId } = await open({
      ...verified,
      chainVerified: false,
      checkedEvents: 17,
      firstBrokenEventId: '18',
      firstBrokenReason: 'CONTENT_CHANGED',
    });
    await click('audit-download');
    const words = byTestId('audit-not-verified')?.textContent?.trim() ?? '';
    expect(words).toContain('from entry 18 on: that entry was changed after it was written.');
    expect(words).not.toMatch(/failed|violation/i);
    expect(byTestId('audit-verified')).toBeNull();
  });

  it('asks for both days before asking the API', async () => {
    const { api, type, click, byTestId } = await open();
    await type('audit-from', '');
    await click('audit-download');
    expect(api.export).not.toHaveBeenCalled();
    expect(byTestId('audit-error')?.textContent?.trim()).toBe(
      describeReason('INPUT_AUDIT_DAY', {}, 'EN'),
    );
  });
});
