/**
 * Issue 13.3: a new version of the site is announced ("Er is een nieuwe versie — herladen") and
 * only taken when the learner asks: a scenario under way is never interrupted by it.
 *
 * The spec serves a copy of dist/ of its own, then deploys a "new version" into it: index.html
 * gets a marker and sw.js the new revision of index.html, as a real build would change them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { press } from './support/keyboard';
import { LoginFlow } from './support/login.page';
import { serveCopyOfDist, type CopyServer } from './support/static-server';

test.describe.configure({ timeout: 90_000 });

const NOTICE = 'Er is een nieuwe versie — herladen';
const MARKER = 'primaweb-test-version';

let server: CopyServer;
let context: BrowserContext;
test.beforeEach(async ({ browser }) => {
  server = await serveCopyOfDist();
  context = await browser.newContext({ baseURL: server.url, locale: 'nl-BE', reducedMotion: 'reduce' });
});
test.afterEach(async () => {
  await context.close();
  await server.close();
});

/** Writes the next version into the served folder: a marker in index.html, its new revision in sw.js. */
function deployNewVersion(root: string): void {
  const index = join(root, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<head>', `<head>\n    <meta name="${MARKER}" content="2" />`));
  const sw = join(root, 'sw.js');
  const before = readFileSync(sw, 'utf8');
  // The manifest as workbox-build injects it: {"revision":"…","url":"index.html"}.
  const after = before.replace(/("revision":")[0-9a-f]+(","url":"index\.html")/, '$1new-version-2$2');
  expect(after, 'sw.js lists index.html with its revision').not.toBe(before);
  writeFileSync(sw, after);
}

const panel = (page: Page) => page.getByRole('complementary', { name: "Scenario's" });
const notice = (page: Page) => page.getByRole('status').filter({ hasText: NOTICE });
const version = (page: Page) => page.evaluate((marker) => document.querySelector(`meta[name="${marker}"]`)?.getAttribute('content') ?? '1', MARKER);
/** A flag on the window: gone once the page has been reloaded. */
const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { untouched: boolean }).untouched = true));
const untouched = (page: Page) => page.evaluate(() => (window as unknown as { untouched?: boolean }).untouched === true);

/** The portal with a guided scenario at step 4, under the first version's worker. */
async function scenarioUnderWay(page: Page): Promise<void> {
  await page.goto('./#/');
  const flow = new LoginFlow(page);
  await panel(page).getByRole('button', { name: 'Begeleid: Aanmelden in PrimaWeb' }).click();
  await flow.toPrimawebService();
  await expect(panel(page).getByText('Stap 4 van 11')).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await markDocument(page);
}

const checkForUpdate = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

test('a new version is announced and waits: the scenario stays at its step until "Herladen", which opens the new version there', async () => {
  const page = await context.newPage();
  await scenarioUnderWay(page);
  expect(await version(page)).toBe('1');

  deployNewVersion(server.root);
  await checkForUpdate(page);
  await expect(notice(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Herladen', exact: true })).toBeVisible();
  await expectAccessible(page, 'the new version notice');
  // Nothing was swapped in: the same page, the scenario at its step, the old version still in charge.
  expect(await untouched(page)).toBe(true);
  await expect(panel(page).getByText('Stap 4 van 11')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Prima-Web', level: 1 })).toBeVisible();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting !== null)).toBe(true);

  // With the keyboard: Tab to "Herladen", Enter; the page reloads into the new version.
  const reloaded = page.waitForEvent('load');
  await press(page, page.getByRole('button', { name: 'Herladen', exact: true }));
  await reloaded;
  await expect(page.locator(`meta[name="${MARKER}"]`)).toHaveAttribute('content', '2');
  expect(await untouched(page)).toBe(false);
  // The run was kept: the reload comes back at the same step, and nothing is announced any more.
  await expect(panel(page).getByText('Stap 4 van 11')).toBeVisible();
  await expect(notice(page)).toHaveCount(0);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting)).toBeNull();
});

test('with two tabs, "Herladen" in one reloads that one only; the other keeps its scenario and its notice', async () => {
  const first = await context.newPage();
  await scenarioUnderWay(first);
  const second = await context.newPage();
  await second.goto('./#/');
  // The scenario run is the learner's, kept in storage: the second tab opens it at the same step.
  await expect(panel(second).getByText('Stap 4 van 11')).toBeVisible();
  await second.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await markDocument(second);

  deployNewVersion(server.root);
  await checkForUpdate(first);
  await expect(notice(first)).toBeVisible();
  await expect(notice(second)).toBeVisible();

  const reloaded = second.waitForEvent('load');
  await second.getByRole('button', { name: 'Herladen', exact: true }).click();
  await reloaded;
  await expect(second.locator(`meta[name="${MARKER}"]`)).toHaveAttribute('content', '2');
  // The new version now controls the first tab too, but that page was not reloaded under its learner.
  await expect.poll(() => first.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting)).toBeNull();
  expect(await untouched(first)).toBe(true);
  await expect(panel(first).getByText('Stap 4 van 11')).toBeVisible();
  await expect(notice(first)).toBeVisible();
  // Its "Herladen" still works: the new version is active, so it just reloads.
  const firstReloaded = first.waitForEvent('load');
  await first.getByRole('button', { name: 'Herladen', exact: true }).click();
  await firstReloaded;
  await expect(first.locator(`meta[name="${MARKER}"]`)).toHaveAttribute('content', '2');
});
