import { expect, Page, test } from '@playwright/test';
import { as, gql, Home, newHome, Person } from '../setup';
import { checkPage, DEMO, setClock, signIn, signOut } from '../support';

const NAMES = {
  counselor: 'Noor Haddad',
  patient: 'Pat Quintero',
  mother: 'Maria Quintero',
  partner: 'Sam Quintero',
};
const phone = { viewport: { width: 390, height: 844 } };
const EN_LINE = {
  label: 'Harbor House night line',
  value: '+1 (555) 010-2000',
  href: 'tel:+15550102000',
};
const ES_LINE = {
  label: 'Línea nocturna de Harbor House',
  value: 'https://harbor.example.org/es/ayuda',
  href: 'https://harbor.example.org/es/ayuda',
};

/** Every page of a patient, and of a family member on this plan. */
const patientRoutes = () => [
  '/patient',
  '/patient/visits',
  '/patient/record',
  '/patient/agreement',
  '/patient/messages',
  '/patient/amends',
  '/patient/concerns',
  '/patient/safety-plan',
];
const familyRoutes = (planId: string) => [
  '/family',
  `/family/visits/${planId}`,
  `/family/record/${planId}`,
  `/family/agreement/${planId}`,
  `/family/messages/${planId}`,
  `/family/amends/${planId}`,
  `/family/concerns/${planId}`,
  `/family/safety-plan/${planId}`,
];

/** On each page, the crisis button opens the program's own line (and nothing else first). */
async function walk(page: Page, routes: string[], line: { label: string; href: string }) {
  for (const route of routes) {
    await page.goto(route);
    await page.getByTestId('crisis-button').click();
    const panel = page.getByTestId('crisis-panel');
    await expect(panel.getByRole('link').first(), route).toHaveText(line.label);
    await expect(panel.getByRole('link').first(), route).toHaveAttribute('href', line.href);
    await page.keyboard.press('Escape');
  }
}

async function speak(page: Page, lang: 'en' | 'es') {
  await page.getByTestId('language-menu').click();
  await page.getByTestId(`language-${lang}`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

test.describe('program settings: the crisis lines an admin sets reach every page', () => {
  test.setTimeout(480_000);
  let home: Home;

  test.beforeAll(async ({ baseURL }) => {
    setClock(0);
    home = await newHome(baseURL as string, NAMES);
  });

  // The demo program's lines go back to the defaults, for the journeys that come after.
  test.afterAll(async ({ baseURL }) => {
    await as(baseURL as string, DEMO.admin, async (api) => {
      const { programSettings } = await gql<{
        programSettings: { name: string; timeZone: string };
      }>(api, '{ programSettings { name timeZone } }');
      await gql(
        api,
        'mutation Reset($input: UpdateProgramSettingsInput!) { updateProgramSettings(input: $input) { name } }',
        { input: { ...programSettings, crisisResourcesEn: [], crisisResourcesEs: [] } },
      );
    });
  });

  test('Avery Admin sets lines in English and Spanish; a patient and a family member see them on every page, in both languages', async ({
    browser,
  }) => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await signIn(page, DEMO.admin);
    await page.getByTestId('open-program').click();
    await expect(page.getByTestId('admin-program')).toBeVisible();
    await expect(page.getByTestId('preview-EN').getByRole('link').first()).toHaveText(/Call 988/);
    await checkPage(page, 'admin-program-defaults');

    // A link that is not https is caught on the page before it is ever sent.
    await page.getByTestId('crisis-add-EN').click();
    const en = page.getByTestId('crisis-EN-0');
    await en.getByTestId('crisis-label').fill(EN_LINE.label);
    await en.getByTestId('crisis-kind').selectOption('CHAT');
    await en.getByTestId('crisis-value').fill('http://harbor.example.org/chat');
    await expect(en.getByTestId('crisis-problem')).toBeVisible();
    await en.getByTestId('crisis-kind').selectOption('CALL');
    await en.getByTestId('crisis-value').fill(EN_LINE.value);
    await expect(en.getByTestId('crisis-problem')).toHaveCount(0);

    await page.getByTestId('crisis-add-ES').click();
    const es = page.getByTestId('crisis-ES-0');
    await es.getByTestId('crisis-label').fill(ES_LINE.label);
    await es.getByTestId('crisis-kind').selectOption('WEB');
    await es.getByTestId('crisis-value').fill(ES_LINE.value);
    await expect(page.getByTestId('preview-ES').getByRole('link').first()).toHaveText(
      ES_LINE.label,
    );
    await page.getByTestId('program-save').click();
    await expect(page.getByTestId('program-saved')).toBeVisible();
    await checkPage(page, 'admin-program-saved');
    await speak(page, 'es');
    await expect(page.getByTestId('program-save')).toHaveText(/Guardar/);
    await checkPage(page, 'admin-program-es');
    await speak(page, 'en');
    await signOut(page);

    const visit = async (who: Person, routes: string[]) => {
      await signIn(page, who.email, who.password);
      await expect(page.getByTestId('account-menu')).toBeVisible();
      await walk(page, routes, EN_LINE);
      await speak(page, 'es');
      await walk(page, routes, ES_LINE);
      await speak(page, 'en');
      await signOut(page);
    };
    await visit(home.patient, patientRoutes());
    await visit(home.mother, familyRoutes(home.planId));
    await context.close();
  });

  test('on a slow network the crisis button shows the defaults at once, then the program’s lines', async ({
    browser,
  }) => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await signIn(page, home.patient.email, home.patient.password);
    await expect(page.getByTestId('account-menu')).toBeVisible();
    // The program's lines are held back until the defaults have been seen.
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('CrisisResources')) await held;
      await route.continue();
    });
    await page.goto('/patient/record');
    await page.getByTestId('crisis-button').click();
    const first = page.getByTestId('crisis-panel').getByRole('link').first();
    await expect(first).toHaveAttribute('href', 'tel:988');
    release();
    await expect(first).toHaveAttribute('href', EN_LINE.href);
    await context.close();
  });
});
