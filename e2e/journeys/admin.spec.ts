import { expect, Page, test } from '@playwright/test';
import { AUDIT_CSV_COLUMNS } from '@homeward/domain';
import { readFileSync } from 'node:fs';
import { as, gql, session, signIn as signInApi } from '../setup';
import { checkPage, DEMO, signIn } from '../support';

/** A day as an `<input type="date">` value, `days` from today in the browser's calendar. */
function day(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

/** Back to the top, so a full-page screenshot shows the top bar where it belongs. */
async function top(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Picks a language from the top bar and waits until the account keeps it. */
async function chooseLanguage(page: Page, language: 'es' | 'en'): Promise<void> {
  const saved = page.waitForResponse(
    (response) =>
      response.url().endsWith('/graphql') &&
      response.request().postDataJSON()?.operationName === 'SetLanguage',
  );
  await page.getByTestId('language-menu').click();
  await page.getByTestId(`language-${language}`).click();
  expect((await saved).ok()).toBe(true);
}

test('an admin on a phone pauses and restores someone, withdraws an invitation and downloads the audit trail; in Spanish too', async ({
  page,
  baseURL,
}) => {
  // Three screens in two languages, each checked with axe: longer than one screen's journey.
  test.setTimeout(180_000);
  const stamp = `${Date.now()}`;
  const jordan = {
    name: 'Jordan Reyes',
    email: `jordan.${stamp}@home.example`,
    password: 'jordan keeps the lighthouse lit',
  };
  const withdrawn = `not-yet.${stamp}@home.example`;

  // Jordan, a counselor, joins; an invitation for someone else waits, unused.
  const { jordanInvitation, pendingToken } = await as(
    baseURL as string,
    DEMO.admin,
    async (api) => {
      const invite = (email: string, role: string, displayName: string) =>
        gql<{ createInvitation: { acceptUrl: string; invitation: { id: string } } }>(
          api,
          'mutation Invite($input: CreateInvitationInput!) { createInvitation(input: $input) { acceptUrl invitation { id } } }',
          { input: { email, role, displayName } },
        );
      const forJordan = await invite(jordan.email, 'COUNSELOR', jordan.name);
      const pending = await invite(withdrawn, 'FAMILY', 'Alex Rivera');
      return {
        jordanInvitation: forJordan.createInvitation,
        pendingToken: new URL(pending.createInvitation.acceptUrl).pathname.split('/').pop(),
      };
    },
  );
  const jordanApi = await session(baseURL as string);
  try {
    await gql(
      jordanApi,
      'mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }',
      {
        input: {
          token: new URL(jordanInvitation.acceptUrl).pathname.split('/').pop(),
          displayName: jordan.name,
          password: jordan.password,
        },
      },
    );
  } finally {
    await jordanApi.dispose();
  }
  /** Whether Jordan can sign in right now. */
  const jordanSignsIn = async () => {
    const api = await session(baseURL as string);
    try {
      await signInApi(api, jordan.email, jordan.password);
      return true;
    } catch {
      return false;
    } finally {
      await api.dispose();
    }
  };

  await signIn(page, DEMO.admin);
  await expect(page).toHaveURL(/\/staff$/);

  // People: Jordan's access is paused after a second yes, and Jordan cannot sign in.
  await page.getByTestId('open-people').click();
  await expect(page).toHaveURL(/\/staff\/people$/);
  const card = page.locator(`[data-testid="admin-person"][data-email="${jordan.email}"]`);
  await expect(card.getByTestId('admin-person-status')).toHaveText('Active');
  // Nobody pauses their own access.
  const own = page.locator(`[data-testid="admin-person"][data-email="${DEMO.admin}"]`);
  await expect(own).toContainText('This is you');
  await expect(own.getByTestId('admin-person-pause')).toHaveCount(0);
  await top(page);
  await checkPage(page, 'admin-people');

  await card.getByTestId('admin-person-pause').click();
  await expect(card).toContainText(`Pause ${jordan.name}'s access?`);
  await top(page);
  await checkPage(page, 'admin-people-confirm');
  await card.getByTestId('admin-person-confirm-pause').click();
  await expect(card.getByTestId('admin-person-status')).toHaveText('Paused');
  await expect(page.getByTestId('admin-people-done')).toHaveText(
    `${jordan.name}'s access is paused.`,
  );
  await top(page);
  await checkPage(page, 'admin-people-paused');
  expect(await jordanSignsIn()).toBe(false);

  await card.getByTestId('admin-person-restore').click();
  await expect(card.getByTestId('admin-person-status')).toHaveText('Active');
  await expect(page.getByTestId('admin-people-done')).toHaveText(
    `${jordan.name} can sign in again.`,
  );
  expect(await jordanSignsIn()).toBe(true);

  // Invitations: the unused one is withdrawn, and its link stops working.
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByTestId('open-invitations').click();
  await expect(page).toHaveURL(/\/staff\/invitations$/);
  const invitation = page.locator(`[data-testid="admin-invitation"][data-email="${withdrawn}"]`);
  await expect(invitation.getByTestId('admin-invitation-status')).toHaveText('Waiting');
  await invitation.getByTestId('admin-invitation-withdraw').click();
  await expect(invitation).toContainText(`Withdraw the invitation to ${withdrawn}?`);
  await invitation.getByTestId('admin-invitation-confirm').click();
  await expect(invitation.getByTestId('admin-invitation-status')).toHaveText('Withdrawn');
  await expect(page.getByTestId('admin-invitations-done')).toHaveText(
    `The invitation to ${withdrawn} was withdrawn.`,
  );
  await top(page);
  await checkPage(page, 'admin-invitations-withdrawn');
  const preview = await page.request.post('/graphql', {
    data: {
      query: 'query Preview($token: String!) { invitationPreview(token: $token) { email } }',
      variables: { token: pendingToken },
    },
  });
  expect((await preview.json()).errors?.[0]?.extensions?.reason).toBe('INVITATION_LINK_INVALID');

  // The audit trail of these days, downloaded: what just happened is in it, and it checks out.
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByTestId('open-audit').click();
  await expect(page).toHaveURL(/\/staff\/audit$/);
  await expect(page.getByTestId('audit-zone')).toContainText('America/New_York');
  await page.getByTestId('audit-from').fill(day(-1));
  await page.getByTestId('audit-to').fill(day(1));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('audit-download').click(),
  ]);
  expect(download.suggestedFilename()).toBe(`homeward-audit-${day(-1)}-to-${day(1)}.csv`);
  const csv = readFileSync(await download.path(), 'utf8');
  const [header, ...lines] = csv.trimEnd().split('\r\n');
  expect(header.split(',')[0]).toBe(AUDIT_CSV_COLUMNS[0]);
  expect(header.split(',')).toHaveLength(AUDIT_CSV_COLUMNS.length);
  for (const action of ['person.disabled', 'person.enabled', 'invitation.revoked']) {
    expect(lines.some((line) => line.includes(`,${action},`))).toBe(true);
  }
  // Only what each event holds: no one's name.
  expect(csv).not.toContain(jordan.name);
  await expect(page.getByTestId('audit-verified')).toContainText('The trail checks out');
  await top(page);
  await checkPage(page, 'admin-audit');

  // The same screens in Spanish.
  await chooseLanguage(page, 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registro de auditoría');
  await page.getByTestId('audit-from').fill(day(-1));
  await page.getByTestId('audit-to').fill(day(1));
  await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-download').click()]);
  await expect(page.getByTestId('audit-verified')).toContainText('El registro está en orden');
  await top(page);
  await checkPage(page, 'admin-audit-es');
  await page.goto('/staff/people');
  await expect(card.getByTestId('admin-person-status')).toHaveText('Activa');
  await card.getByTestId('admin-person-pause').click();
  await expect(card).toContainText(`¿Pausar el acceso de ${jordan.name}?`);
  await top(page);
  await checkPage(page, 'admin-people-es');
  await card.getByTestId('admin-person-keep').click();
  await page.goto('/staff/invitations');
  await expect(invitation.getByTestId('admin-invitation-status')).toHaveText('Retirada');
  await top(page);
  await checkPage(page, 'admin-invitations-es');

  // The demo admin speaks English again for the journeys after this one.
  await chooseLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations');
});
