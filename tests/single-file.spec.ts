/**
 * The single-file simulator (release/primaweb-simulator.html, built by `npm run package`) opened
 * as a trainer would from a USB stick: a file:// address, no server, no network. Every request
 * that is not the file itself or a data: URL is aborted and fails the test, and so does any page
 * error or console error (a script the CSP refuses shows up as one).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { courseHeading, scenarioPanel } from './support/course.page';
import { expectAccessible } from './support/fixtures';
import { LoginFlow } from './support/login.page';

const FILE = resolve('release/primaweb-simulator.html');
const ADDRESS = pathToFileURL(FILE).href;

const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ context, page }, use) => {
      const problems: string[] = [];
      const local = (url: string) => url.startsWith('file:') || url.startsWith('data:');
      await context.route(
        (url) => !local(url.href),
        (route) => {
          problems.push(`request: ${route.request().url()}`);
          return route.abort();
        },
      );
      page.on('request', (request) => {
        if (!local(request.url())) problems.push(`request: ${request.url()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      await use(problems);
      expect(problems, 'requests outside the file, page and console errors').toEqual([]);
    },
    { auto: true },
  ],
});

test.describe.configure({ timeout: 60_000 });

async function openSingleFile(page: Page) {
  await page.goto(ADDRESS);
  await expect(courseHeading(page)).toBeVisible();
  // The scenarios load after the first screen, from code inlined in the file.
  await expect(page.getByRole('button', { name: 'Beginnen: Aanmelden' })).toBeVisible();
}

test('the file allows its inline code by hash only, and names nothing outside itself', () => {
  const html = readFileSync(FILE, 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
  expect(scriptSrc).toMatch(/^script-src( 'sha256-[A-Za-z0-9+/]+={0,2}')+$/);
  expect(csp).not.toContain('unsafe-eval');
  expect(html).not.toMatch(/<script[^>]+src=/);
  expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload)"/);
  expect(html).not.toContain('assets/');
});

test('from file://, the guided "Aanmelden in PrimaWeb" runs to its end, and the progress is kept in localStorage', async ({ page }) => {
  await openSingleFile(page);
  await expectAccessible(page, 'the course home of the single file');

  await page.getByRole('button', { name: 'Beginnen: Aanmelden' }).click();
  await expect(scenarioPanel(page).getByText('Begeleid', { exact: true })).toBeVisible();
  const flow = new LoginFlow(page);
  await flow.toPrimawebService();
  await expect(scenarioPanel(page).getByText('Stap 4 van 11')).toBeVisible();
  await flow.toCertificateChoice();
  await flow.chooseCertificate('Lotte Vermeulen');
  await flow.enterPin('1234');
  await flow.chooseEnterprise('OCMW HERSTAPPE');
  await page.getByRole('button', { name: 'Applicatie opstarten' }).click();
  await flow.chooseRole('Sociale Agent');
  await expect(scenarioPanel(page).getByText('Scenario voltooid!')).toBeVisible();
  await expect(page.getByRole('heading', { name: /PrimaWeb/, level: 1 })).toBeVisible();
  await expectAccessible(page, 'the end of the scenario in the single file');
  await scenarioPanel(page).getByRole('button', { name: 'Sluiten' }).click();

  // localStorage works on file:// in Chromium: the completion survives a reload.
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith('primaweb-simulator/'))).toBe(true);
  await page.reload();
  await expect(scenarioPanel(page).getByText('✓ Begeleid')).toBeVisible();
});

test('from file://, the French messages (a lazily loaded locale, inlined) come when asked', async ({ page }) => {
  await openSingleFile(page);
  await page.getByRole('button', { name: 'Vrij verkennen' }).click();
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page.getByRole('link', { name: 'Citoyen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
