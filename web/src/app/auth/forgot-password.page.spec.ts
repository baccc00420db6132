import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeReason } from '@homeward/domain';
import { SessionApi } from '@homeward/web-data-access';
import en from '../../../public/i18n/en.json';
import { render } from '../testing/render';
import { ForgotPasswordPage } from './forgot-password.page';

async function page(requestPasswordReset: jest.Mock) {
  const rendered = await render(ForgotPasswordPage, [
    { provide: SessionApi, useValue: { requestPasswordReset } },
  ]);
  const ask = async (email: string) => {
    const input = rendered.byTestId('forgot-email') as HTMLInputElement;
    input.value = email;
    input.dispatchEvent(new Event('input'));
    await rendered.click('forgot-submit');
  };
  return { ...rendered, ask };
}

describe('ForgotPasswordPage', () => {
  it('says the same thing whatever the address, once the link is asked for', async () => {
    const request = jest.fn().mockResolvedValue(undefined);
    const { ask, byTestId } = await page(request);
    await ask('  mother@harbor.example ');
    expect(request).toHaveBeenCalledWith('mother@harbor.example');
    expect(byTestId('forgot-sent')?.textContent?.trim()).toBe(
      "If an account uses this address, we've sent a link. It works for one hour.",
    );
    expect(byTestId('forgot-email')).toBeNull();
  });

  it('asks for an address before calling the API', async () => {
    const request = jest.fn();
    const { ask, byTestId } = await page(request);
    await ask('not an address');
    expect(request).not.toHaveBeenCalled();
    expect(byTestId('forgot-error')?.textContent?.trim()).toBe(en.forgot.emailNeeded);
  });

  it('shows the wait when too many links were asked for', async () => {
    const request = jest.fn().mockRejectedValue(
      new CombinedGraphQLErrors({
        errors: [
          {
            message: 'x',
            extensions: {
              code: 'TOO_MANY_REQUESTS',
              reason: 'PASSWORD_RESET_THROTTLED',
              params: { minutes: 12 },
            },
          },
        ],
      }),
    );
    const { ask, byTestId } = await page(request);
    await ask('mother@harbor.example');
    expect(byTestId('forgot-error')?.textContent?.trim()).toBe(
      describeReason('PASSWORD_RESET_THROTTLED', { minutes: 12 }, 'EN'),
    );
    expect(byTestId('forgot-sent')).toBeNull();
  });
});
