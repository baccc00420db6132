import { Router } from '@angular/router';
import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeReason } from '@homeward/domain';
import { SessionApi } from '@homeward/web-data-access';
import en from '../../../public/i18n/en.json';
import { render } from '../testing/render';
import { ResetPasswordPage } from './reset-password.page';

const TOKEN = 'a-token-from-the-mail-that-is-long-enough-to-pass';
const GOOD = 'the porch light stays on for you';

async function page(resetPassword: jest.Mock) {
  const rendered = await render(
    ResetPasswordPage,
    [{ provide: SessionApi, useValue: { resetPassword } }],
    { token: TOKEN },
  );
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const type = (id: string, value: string) => {
    const input = rendered.byTestId(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const choose = async (password: string, repeat = password) => {
    type('reset-password', password);
    type('reset-repeat', repeat);
    await rendered.click('reset-submit');
  };
  return { ...rendered, choose, navigate };
}

describe('ResetPasswordPage', () => {
  it('saves the new password and goes back to sign in with a kind word', async () => {
    const reset = jest.fn().mockResolvedValue(undefined);
    const { choose, navigate } = await page(reset);
    await choose(GOOD);
    expect(reset).toHaveBeenCalledWith({ token: TOKEN, newPassword: GOOD });
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { reset: 1 } });
  });

  it('shows the password rule as the invitation page does, and asks for the same twice', async () => {
    const reset = jest.fn();
    const { choose, byTestId, element } = await page(reset);
    expect(element.textContent).toContain(
      en.accept.passwordHint.replace('{{min}}', '15').replace('{{max}}', '128'),
    );
    await choose('short');
    expect(byTestId('reset-error')?.textContent).toContain('at least 15 characters');
    await choose(GOOD, `${GOOD}!`);
    expect(byTestId('reset-error')?.textContent?.trim()).toBe(en.reset.mismatch);
    expect(reset).not.toHaveBeenCalled();
  });

  it('offers a new link when this one was used or has expired', async () => {
    const reset = jest.fn().mockRejectedValue(
      new CombinedGraphQLErrors({
        errors: [
          {
            message: 'x',
            extensions: { code: 'CONFLICT', reason: 'PASSWORD_RESET_LINK_NOT_USABLE' },
          },
        ],
      }),
    );
    const { choose, byTestId } = await page(reset);
    expect(byTestId('reset-ask-again')).toBeNull();
    await choose(GOOD);
    expect(byTestId('reset-error')?.textContent?.trim()).toBe(
      describeReason('PASSWORD_RESET_LINK_NOT_USABLE', {}, 'EN'),
    );
    expect(byTestId('reset-ask-again')?.getAttribute('href')).toBe('/forgot-password');
  });
});
