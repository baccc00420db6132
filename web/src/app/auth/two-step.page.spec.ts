import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeReason } from '@homeward/domain';
import { MeFieldsFragment, TwoStepApi } from '@homeward/web-data-access';
import en from '../../../public/i18n/en.json';
import { SessionStore } from '../core/session.store';
import { render } from '../testing/render';
import { qrPath } from './qr-code.component';
import { groupKey, TwoStepPage } from './two-step.page';

const SECRET = 'HARBORHOUSEDEMOCOUNSELORCASEYTWO';
const OTPAUTH = `otpauth://totp/Homeward:casey%40harbor.example?secret=${SECRET}&issuer=Homeward`;
const CODES = Array.from({ length: 10 }, (_, i) => `K7QX${i + 2}-M9TRW`);

/** Each spec is a person of their own: a key started and not confirmed is kept per person. */
let people = 0;

function staff(more: Partial<MeFieldsFragment> = {}): MeFieldsFragment {
  return {
    id: `u${++people}`,
    email: 'casey@harbor.example',
    displayName: 'Casey',
    language: 'EN',
    role: 'COUNSELOR',
    totpEnabled: false,
    totpEnrollmentRequired: true,
    recoveryCodesLeft: 0,
    sessionIdleMinutes: 15,
    organization: { id: 'o1', name: 'Harbor House' },
    membershipId: 'ms1',
    memberships: [
      {
        id: 'ms1',
        role: 'COUNSELOR',
        current: true,
        organization: { id: 'o1', name: 'Harbor House' },
      },
    ],
    ...more,
  };
}

async function open(me: MeFieldsFragment) {
  const current = signal<MeFieldsFragment | null>(me);
  const session = {
    me: current,
    ensureLoaded: () => Promise.resolve(current()),
    signedIn: jest.fn((next: MeFieldsFragment) => {
      current.set(next);
      return next;
    }),
  };
  const api = {
    start: jest.fn().mockResolvedValue({ secret: SECRET, otpauthUrl: OTPAUTH }),
    confirm: jest.fn().mockResolvedValue({
      me: staff({ totpEnabled: true, totpEnrollmentRequired: false, recoveryCodesLeft: 10 }),
      recoveryCodes: CODES,
    }),
    regenerateRecoveryCodes: jest.fn().mockResolvedValue(CODES.slice().reverse()),
  };
  const page = await render(TwoStepPage, [
    { provide: TwoStepApi, useValue: api },
    { provide: SessionStore, useValue: session },
  ]);
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
  const type = async (id: string, value: string) => {
    const field = page.byTestId(id) as HTMLInputElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await page.settle();
  };
  /** Presses a button, or a checkbox's own box. */
  const submit = async (id: string) => {
    const target = page.byTestId(id) as HTMLElement;
    (target.querySelector<HTMLElement>('input') ?? target).click();
    await page.settle();
  };
  return { ...page, api, session, navigate, type, submit };
}

describe('TwoStepPage', () => {
  afterEach(() => TestBed.resetTestingModule());

  it('tells staff the program asks for it, and shows a QR code and the key to type', async () => {
    const { api, byTestId } = await open(staff());
    expect(api.start).toHaveBeenCalledTimes(1);
    expect(byTestId('two-step-why')?.textContent?.trim()).toBe(en.twoStep.required);
    const qr = byTestId('qr-code');
    expect(qr?.getAttribute('role')).toBe('img');
    expect(qr?.getAttribute('aria-label')).toBe(en.twoStep.qrLabel);
    // The picture is the link itself, drawn here: the same modules as the link's own code.
    expect(qr?.querySelector('path')?.getAttribute('d')).toBe(qrPath(OTPAUTH).path);
    expect(byTestId('two-step-key')?.textContent?.trim()).toBe(
      'HARB ORHO USED EMOC OUNS ELOR CASE YTWO',
    );
  });

  it('shows the same key when the page opens again before the key is confirmed', async () => {
    const casey = staff();
    const first = await open(casey);
    const key = first.byTestId('two-step-key')?.textContent?.trim();
    TestBed.resetTestingModule();
    const again = await open(casey);
    expect(again.api.start).not.toHaveBeenCalled();
    expect(again.byTestId('two-step-key')?.textContent?.trim()).toBe(key);
  });

  it('asks for six digits before sending, then shows the recovery codes once', async () => {
    const { api, session, byTestId, allByTestId, type, submit, navigate } = await open(staff());
    await type('two-step-code', '12 34');
    await submit('two-step-confirm');
    expect(api.confirm).not.toHaveBeenCalled();
    expect(byTestId('two-step-error')?.textContent?.trim()).toBe(en.twoStep.codeNeeded);

    await type('two-step-code', '123456');
    await submit('two-step-confirm');
    expect(api.confirm).toHaveBeenCalledWith('123456');
    expect(session.signedIn).toHaveBeenCalled();
    expect(byTestId('two-step-on')?.textContent?.trim()).toBe(en.twoStep.onTitle);
    expect(allByTestId('recovery-code').map((li) => li.textContent?.trim())).toEqual(CODES);

    // On to the portal only once the person says the codes are kept.
    const onward = byTestId('two-step-continue') as HTMLButtonElement;
    expect(onward.disabled).toBe(true);
    await submit('recovery-saved');
    expect(onward.disabled).toBe(false);
    await submit('two-step-continue');
    expect(navigate).toHaveBeenCalledWith('/staff');
    expect(byTestId('recovery-codes')).toBeNull();
  });

  it("says the server's reason in the reader's words when the code does not match", async () => {
    const { api, byTestId, type, submit } = await open(staff());
    api.confirm.mockRejectedValue(
      new CombinedGraphQLErrors({
        errors: [
          {
            message: 'x',
            extensions: { code: 'BAD_USER_INPUT', reason: 'TOTP_CODE_NOT_MATCHED', params: {} },
          },
        ],
      }),
    );
    await type('two-step-code', '654321');
    await submit('two-step-confirm');
    expect(byTestId('two-step-error')?.textContent?.trim()).toBe(
      describeReason('TOTP_CODE_NOT_MATCHED', {}, 'EN'),
    );
    expect(byTestId('recovery-codes')).toBeNull();
  });

  it('downloads the codes as a plain text list', async () => {
    const { type, submit } = await open(staff());
    await type('two-step-code', '123456');
    await submit('two-step-confirm');
    let saved: Blob | null = null;
    const created = jest.fn((blob: Blob) => {
      saved = blob;
      return 'blob:codes';
    });
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {
      // jsdom does not navigate; the download's name is what matters
    });
    await submit('recovery-download');
    expect(clicked).toHaveBeenCalled();
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(saved as unknown as Blob);
    });
    expect(text.split('\n')).toEqual([
      'Homeward recovery codes for casey@harbor.example',
      en.twoStep.fileIntro,
      '',
      ...CODES,
      '',
    ]);
    clicked.mockRestore();
  });

  it('lets staff with it on make new codes with a current code', async () => {
    const { api, byTestId, allByTestId, type, submit } = await open(
      staff({ totpEnabled: true, totpEnrollmentRequired: false, recoveryCodesLeft: 3 }),
    );
    expect(api.start).not.toHaveBeenCalled();
    expect(byTestId('recovery-left')?.textContent?.trim()).toBe('Recovery codes left: 3');
    await type('renew-code', '111222');
    await submit('renew-submit');
    expect(api.regenerateRecoveryCodes).toHaveBeenCalledWith('111222');
    expect(allByTestId('recovery-code')).toHaveLength(10);
    expect(byTestId('two-step-continue')?.textContent?.trim()).toBe(en.twoStep.done);
  });
});

describe('the key and the QR code', () => {
  it('groups a key in fours for typing', () => {
    expect(groupKey('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
  });

  it('draws one square for each dark module, on a grid a QR version allows', () => {
    const { size, path } = qrPath(OTPAUTH);
    expect((size - 17) % 4).toBe(0);
    expect(size).toBeGreaterThanOrEqual(29);
    const squares = path.match(/M\d+ \d+h1v1h-1z/g) ?? [];
    expect(squares.join('')).toBe(path);
    // A finder pattern's corner is dark; the module inside its white ring is not.
    expect(path.startsWith('M0 0h1v1h-1z')).toBe(true);
    expect(path).not.toContain('M1 1h1');
    expect(qrPath(OTPAUTH).path).toBe(path);
  });
});
