import { expect, test } from '@playwright/test';
import { gql, session, signIn as signInApi } from '../setup';
import { checkPage, DEMO, DEMO_PASSWORD, signIn, signOut } from '../support';

const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { id } }';

test("someone guessing a person's password does not keep them out of their own browser", async ({
  page,
  browser,
  baseURL,
}) => {
  const base = baseURL as string;
  const email = `noor.${Date.now()}@home.example`;
  const password = 'the kettle sings before the sun is up';

  // Noor joins through an invitation (an account of this journey's own: the guessing below
  // must not hold up a demo person that other journeys sign in as).
  const admin = await session(base);
  const noor = await session(base);
  const stranger = await session(base);
  try {
    await signInApi(admin, DEMO.admin, DEMO_PASSWORD);
    const { createInvitation } = await gql<{ createInvitation: { acceptUrl: string } }>(
      admin,
      'mutation Invite($input: CreateInvitationInput!) { createInvitation(input: $input) { acceptUrl } }',
      { input: { email, role: 'FAMILY', displayName: 'Noor' } },
    );
    const token = new URL(createInvitation.acceptUrl).pathname.split('/').pop();
    await gql(
      noor,
      'mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }',
      { input: { token, displayName: 'Noor', password } },
    );

    // Noor signs in on their phone once, and signs out.
    await signIn(page, email, password);
    await expect(page).toHaveURL(/\/family/);
    await signOut(page);

    // Someone else guesses at Noor's password, again and again.
    for (let i = 0; i < 8; i++) {
      await stranger.post('/graphql', {
        data: { query: LOGIN, variables: { input: { email, password: `a guess ${i}` } } },
      });
    }

    // A browser Noor never signed in from is asked, kindly, to wait.
    const elsewhere = await browser.newContext({ baseURL: base });
    try {
      const other = await elsewhere.newPage();
      await signIn(other, email, password);
      await expect(other.getByTestId('login-error')).toContainText(/wait 15 minutes/i);
      await expect(other).toHaveURL(/\/login/);
      await checkPage(other, 'login-throttled');
    } finally {
      await elsewhere.close();
    }

    // Noor's own phone still lets them in with the right password.
    await signIn(page, email, password);
    await expect(page).toHaveURL(/\/family/);
    await expect(page.getByTestId('family-home')).toBeVisible();
  } finally {
    await Promise.all([admin.dispose(), noor.dispose(), stranger.dispose()]);
  }
});
