/**
 * Issue 13.3: once opened, the web build works with the network gone, lazy parts included. The
 * service worker precaches every file of dist/; these tests go offline (context.setOffline: the
 * worker's responses are not seen by page.route) and walk through screens that load lazy chunks.
 */
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { courseHeading } from './support/course.page';
import { Primaweb } from './support/primaweb.page';
import { FR, TestTaker } from './support/assessment.page';

test.describe.configure({ timeout: 90_000 });
// The site's bare address, as a learner opens it: the course home.
test.use({ atPortal: false });

/** Every file of dist/, as a path under the site's sub-folder; the worker itself is not precached. */
function builtFiles(baseURL: string): string[] {
  const mount = new URL(baseURL).pathname;
  return readdirSync('dist', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative('dist', `${entry.parentPath}/${entry.name}`))
    .filter((path) => path !== 'sw.js')
    .map((path) => `${mount}${path}`)
    .sort();
}

/** The paths in the worker's caches (a revisioned entry's key carries ?revision=…). */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    return paths.sort();
  });
}

/** The first visit, online: waits until the worker has precached the site and controls the page. */
async function firstVisit(page: Page): Promise<void> {
  await page.goto('./');
  await expect(courseHeading(page)).toBeVisible();
  // clientsClaim: the first visit's page is taken over as soon as the worker is active.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('the worker is registered for the sub-folder the site is served from, and precaches every file of dist/', async ({ page, baseURL }) => {
  await firstVisit(page);
  const registration = await page.evaluate(async () => {
    const ready = await navigator.serviceWorker.ready;
    return { scope: ready.scope, script: ready.active?.scriptURL };
  });
  expect(registration).toEqual({ scope: baseURL, script: `${baseURL}sw.js` });
  expect(await cachedPaths(page)).toEqual(builtFiles(baseURL!));
});

test('offline after the first visit: the course home, the portal, PrimaWeb, French and a test all open', async ({ page, context }) => {
  await firstVisit(page);
  await context.setOffline(true);
  const failed: string[] = [];
  const notFromWorker: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (!response.fromServiceWorker()) notFromWorker.push(response.url());
  });

  await page.reload();
  await expect(courseHeading(page)).toBeVisible();
  // "Vrij verkennen": the simulated browser and the scenario panel, a chunk of their own.
  await page.getByRole('button', { name: 'Vrij verkennen' }).click();
  await expect(page.getByRole('heading', { name: 'België', level: 1 })).toBeVisible();
  // The card reader, the login screens and PrimaWeb with one of its screens.
  const pw = new Primaweb(page);
  await pw.login('lotte', 'Sociale Agent');
  await page.getByRole('button', { name: 'Mijn toegangen', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Mijn toegangen', level: 1 })).toBeVisible();
  // French: its catalog loads then (PrimaWeb keeps the language of its login, as it does online).
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('fr');
  await expect(page.getByRole('complementary', { name: 'Scénarios' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Réinitialiser le simulateur' })).toBeVisible();
  // A test: the test engine and its messages.
  const toets = new TestTaker(page, 'Test : intégrations', 4, FR);
  await toets.start();
  await toets.at(1);
  // The merger guide and its messages.
  await page.getByRole('button', { name: 'Fusions 2025', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Fusions 2025' })).toBeVisible();

  // An address with a query string opens from the cache too (the course home, or the test if
  // its run was saved already: either has its heading).
  await page.goto('./?van=trainer');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();

  expect(failed, 'requests that failed offline').toEqual([]);
  expect(notFromWorker, 'responses that did not come from the service worker').toEqual([]);
});
