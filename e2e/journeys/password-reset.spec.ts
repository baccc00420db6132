import { expect, test } from '@playwright/test';
import { gql, session, signIn as signInApi } from '../setup';
import { checkPage, DEMO, DEMO_PASSWORD, linkIn, nextMail, signIn } from '../support';

test('a forgotten password is reset from the email, in Spanish', async ({ page, baseURL }) => {
  const email = `lucia.${Date.now()}@home.example`;
  const oldPassword = 'the garden gate squeaks in spring';
  const newPassword = 'la luz del porche sigue encendida';

  // Lucía joins from the invitation mail the admin's invitation sends, and keeps Spanish.
  const admin = await session(baseURL as string);
  const lucia = await session(baseURL as string);
  try {
    await signInApi(admin, DEMO.admin, DEMO_PASSWORD);
    await gql(
      admin,
      'mutation Invite($input: CreateInvitationInput!) { createInvitation(input: $input) { acceptUrl } }',
      { input: { email, role: 'FAMILY', displayName: 'Lucía' } },
    );
    const invitation = await nextMail({ to: email, subjectContains: 'Homeward' });
    const token = new URL(linkIn(invitation, '/invite/')).pathname.split('/').pop();
    await gql(
      lucia,
      'mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }',
      { input: { token, displayName: 'Lucía', password: oldPassword, language: 'ES' } },
    );

    // Months later she has forgotten it. The sign-in page, in Spanish, offers a way back in.
    await page.goto('/login');
    await page.getByTestId('language-menu').click();
    await page.getByTestId('language-es').click();
    await page.getByTestId('login-forgot').click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('¿Olvidaste tu contraseña?');
    await checkPage(page, 'forgot-password');
    await page.getByTestId('forgot-email').fill(email);
    await page.getByTestId('forgot-submit').click();
    await expect(page.getByTestId('forgot-sent')).toHaveText(
      'Si alguna cuenta usa esta dirección, te enviamos un enlace. Funciona durante una hora.',
    );
    await checkPage(page, 'forgot-password-sent');

    // The mail arrives in her language, discreet on the outside, with a link that works once.
    const mail = await nextMail({ to: email, subjectContains: 'contraseña' });
    expect(mail.subject).toBe('Elige una contraseña nueva para Homeward');
    expect(mail.text.split('\n')[0]).toBe(
      'Aquí tienes el enlace que pediste. Funciona durante una hora.',
    );
    expect(mail.html).toContain('lang="es"');
    const resetLink = new URL(linkIn(mail, '/reset-password/'));

    await page.goto(resetLink.pathname);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Elige una contraseña nueva');
    await page.getByTestId('reset-password').fill(newPassword);
    await page.getByTestId('reset-repeat').fill(`${newPassword} otra`);
    await page.getByTestId('reset-submit').click();
    await expect(page.getByTestId('reset-error')).toHaveText(
      'Las dos contraseñas no son iguales. Escríbelas otra vez.',
    );
    await checkPage(page, 'reset-password');
    await page.getByTestId('reset-repeat').fill(newPassword);
    await page.getByTestId('reset-submit').click();
    await expect(page).toHaveURL(/\/login\?reset=1$/);
    await expect(page.getByTestId('login-reset')).toHaveText(
      'Tu contraseña nueva está guardada. Inicia sesión con ella cuando quieras.',
    );
    await checkPage(page, 'login-after-reset');

    // Every session she had ended with the old password.
    const me = await lucia.post('/graphql', { data: { query: '{ me { id } }' } });
    expect((await me.json()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // The link was for one use: a second try is told kindly to ask for a new one.
    await page.goto(resetLink.pathname);
    await page.getByTestId('reset-password').fill('otra contraseña más para probar');
    await page.getByTestId('reset-repeat').fill('otra contraseña más para probar');
    await page.getByTestId('reset-submit').click();
    await expect(page.getByTestId('reset-error')).toContainText(
      'Este enlace ya se usó o ya venció',
    );
    await expect(page.getByTestId('reset-ask-again')).toHaveAttribute('href', '/forgot-password');

    await signIn(page, email, newPassword);
    await expect(page).toHaveURL(/\/family/);
    await expect(page.getByTestId('greeting')).toContainText('Lucía');
  } finally {
    await Promise.all([admin.dispose(), lucia.dispose()]);
  }
});
