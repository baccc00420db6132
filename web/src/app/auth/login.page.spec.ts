import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { MeFieldsFragment, SessionApi } from '@homeward/web-data-access';
import en from '../../../public/i18n/en.json';
import es from '../../../public/i18n/es.json';
import { SessionStore } from '../core/session.store';
import { LoginPage } from './login.page';

const mother: MeFieldsFragment = {
  id: 'm1',
  email: 'mother@harbor.example',
  displayName: 'Rosa',
  language: 'EN',
  role: 'FAMILY',
  totpEnabled: false,
  totpEnrollmentRequired: false,
  recoveryCodesLeft: 0,
  sessionIdleMinutes: 30,
  organization: { id: 'o1', name: 'Harbor House' },
  membershipId: 'ms1',
  memberships: [
    { id: 'ms1', role: 'FAMILY', current: true, organization: { id: 'o1', name: 'Harbor House' } },
  ],
};

async function render(login: jest.Mock, expired?: string, reset?: string) {
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { en, es },
        translocoConfig: { availableLangs: ['en', 'es'], defaultLang: 'en' },
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: SessionApi, useValue: { login } },
      {
        provide: SessionStore,
        useValue: {
          signedIn: (me: MeFieldsFragment | null) => me,
          hasSeveralPlaces: (me: MeFieldsFragment) => me.memberships.length > 1,
        },
      },
    ],
  });
  const fixture = TestBed.createComponent(LoginPage);
  if (expired) fixture.componentRef.setInput('expired', expired);
  if (reset) fixture.componentRef.setInput('reset', reset);
  await fixture.whenStable();
  const element: HTMLElement = fixture.nativeElement;
  const byTestId = <T extends HTMLElement>(id: string) =>
    element.querySelector<T>(`[data-testid="${id}"]`);
  const type = (id: string, value: string) => {
    const input = byTestId<HTMLInputElement>(id);
    if (!input) throw new Error(`no ${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const signIn = async (email: string, password: string) => {
    type('login-email', email);
    type('login-password', password);
    byTestId<HTMLButtonElement>('login-submit')?.click();
    await fixture.whenStable();
  };
  return { fixture, byTestId, signIn, type };
}

describe('LoginPage', () => {
  it("shows the server's own words when the email and password do not match", async () => {
    const message = "That email and password don't match. Please check them and try again.";
    const login = jest.fn().mockRejectedValue(
      new CombinedGraphQLErrors({
        errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    );
    const { byTestId, signIn } = await render(login);
    expect(byTestId('login-error')).toBeNull();

    await signIn('mother@harbor.example', 'not the password at all');

    expect(login).toHaveBeenCalledWith({
      email: 'mother@harbor.example',
      password: 'not the password at all',
    });
    expect(byTestId('login-error')?.textContent?.trim()).toBe(message);
    expect(byTestId('login-error')?.getAttribute('role')).toBe('alert');
  });

  it('says kindly when Homeward could not be reached', async () => {
    const { byTestId, signIn } = await render(
      jest.fn().mockRejectedValue(new TypeError('Failed to fetch')),
    );
    await signIn('mother@harbor.example', 'sunday dinners are back on');
    expect(byTestId('login-error')?.textContent?.trim()).toBe(en.login.network);
  });

  it('takes the person to their own area once signed in', async () => {
    const { signIn } = await render(jest.fn().mockResolvedValue(mother));
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await signIn('mother@harbor.example', 'sunday dinners are back on');
    expect(navigate).toHaveBeenCalledWith('/family');
  });

  it('lets a person with several memberships choose where they are first', async () => {
    const both = {
      ...mother,
      memberships: [
        ...mother.memberships,
        {
          id: 'ms2',
          role: 'FAMILY' as const,
          current: false,
          organization: { id: 'o2', name: 'Lakeview' },
        },
      ],
    };
    const { signIn } = await render(jest.fn().mockResolvedValue(both));
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await signIn('mother@harbor.example', 'sunday dinners are back on');
    expect(navigate).toHaveBeenCalledWith('/choose');
  });

  it('takes staff who must turn on two-step sign-in to set it up, and nowhere else', async () => {
    const counselor = {
      ...mother,
      role: 'COUNSELOR' as const,
      totpEnrollmentRequired: true,
    };
    const { signIn } = await render(jest.fn().mockResolvedValue(counselor));
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await signIn('counselor@harbor.example', 'a staff passphrase of mine');
    expect(navigate).toHaveBeenCalledWith('/account/two-step');
  });

  it('asks for the code once the password is right, and takes a recovery code instead', async () => {
    const login = jest
      .fn()
      .mockRejectedValueOnce(
        new CombinedGraphQLErrors({
          errors: [{ message: 'Enter the code', extensions: { code: 'TOTP_REQUIRED' } }],
        }),
      )
      .mockResolvedValue({ ...mother, role: 'ADMIN', totpEnabled: true });
    const { byTestId, signIn, type, fixture } = await render(login);
    jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await signIn('admin@harbor.example', 'a staff passphrase of mine');
    expect(byTestId('login-code')).not.toBeNull();

    byTestId<HTMLButtonElement>('login-use-recovery')?.click();
    await fixture.whenStable();
    expect(byTestId('login-code')).toBeNull();
    type('login-recovery-code', ' k7qx2-m9trw ');
    byTestId<HTMLButtonElement>('login-submit')?.click();
    await fixture.whenStable();
    expect(login).toHaveBeenLastCalledWith({
      email: 'admin@harbor.example',
      password: 'a staff passphrase of mine',
      recoveryCode: 'k7qx2-m9trw',
    });
  });

  it('explains a sign-out for safety after the session ended', async () => {
    const { byTestId } = await render(jest.fn(), '1');
    expect(byTestId('login-expired')?.textContent?.trim()).toBe(en.login.expired);
  });

  it('offers a way back in for a forgotten password', async () => {
    const { byTestId } = await render(jest.fn());
    expect(byTestId('login-forgot')?.textContent?.trim()).toBe(en.login.forgot);
    expect(byTestId('login-forgot')?.getAttribute('href')).toBe('/forgot-password');
    expect(byTestId('login-reset')).toBeNull();
  });

  it('confirms a new password kindly after a reset', async () => {
    const { byTestId } = await render(jest.fn(), undefined, '1');
    expect(byTestId('login-reset')?.textContent?.trim()).toBe(en.login.reset);
    expect(byTestId('login-reset')?.getAttribute('role')).toBe('status');
  });
});
