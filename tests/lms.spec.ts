/**
 * Issue 13.2: the simulator in an LMS. A simulated LMS page (scorm-again, a maintained LMS-side
 * implementation of SCORM 1.2 and 2004) opens the module's package in a window of its own, as an
 * LMS does; the simulator finds the API in its opener. Checked on the LMS side: status, score,
 * interactions, exit and suspend_data; then a relaunch in a fresh browser (another PC) resumes
 * from what the LMS kept. The zips of release/ are imported too (served from their own files, at
 * the launch address of their manifest or cmi5.xml), the cmi5 one with its own CSP.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { TestTaker } from './support/assessment.page';
import { LoginFlow } from './support/login.page';

test.use({ atPortal: false });
test.describe.configure({ timeout: 180_000 });

const LIBRARY = {
  scorm2004: { file: 'scorm2004.min.js', global: 'Scorm2004API', api: 'API_1484_11' },
  scorm12: { file: 'scorm12.min.js', global: 'Scorm12API', api: 'API' },
} as const;
type Version = keyof typeof LIBRARY;

/**
 * The LMS page, served under the site's own address (same origin, as an LMS serves its packages):
 * the API object, and a button that opens the package's launch address.
 */
async function openLms(context: BrowserContext, version: Version, launch: string, kept: Record<string, unknown> | null): Promise<{ lms: Page; sco: Page }> {
  const lib = LIBRARY[version];
  await context.route('**/lms-harness/api.js', (route) => route.fulfill({ contentType: 'text/javascript', body: readFileSync(`node_modules/scorm-again/dist/${lib.file}`, 'utf8') }));
  await context.route('**/lms-harness/index.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="nl"><head><title>Test-LMS</title><script src="api.js"></script><script>
        window.${lib.api} = new ${lib.global}({ logLevel: 5, autocommit: false });
        const kept = ${JSON.stringify(kept)};
        if (kept) window.${lib.api}.loadFromJSON(kept, '');
        window.__commits = 0;
        window.${lib.api}.on('${version === 'scorm2004' ? 'Commit' : 'LMSCommit'}', () => window.__commits++);
      </script></head><body><main><h1>Test-LMS</h1><button type="button" onclick="window.open('../${launch}', 'sco')">Start</button></main></body></html>`,
    }),
  );
  const lms = await context.newPage();
  await lms.goto('./lms-harness/index.html');
  const [sco] = await Promise.all([context.waitForEvent('page'), lms.getByRole('button', { name: 'Start' }).click()]);
  return { lms, sco };
}

/** What the LMS holds for the attempt (scorm-again's data model, as its own JSON). */
const cmiOf = (lms: Page, version: Version) =>
  lms.evaluate((api) => JSON.parse(JSON.stringify((window as unknown as Record<string, { cmi: unknown }>)[api]!.cmi)) as Record<string, any>, LIBRARY[version].api);

test('issue 13.2: SCORM 2004: a module package reports completion, the test as score and interactions, and resumes on another PC', async ({ browser, context, baseURL }) => {
  const { lms, sco } = await openLms(context, 'scorm2004', await courseLaunch(context, 'scorm2004', 'index.html?module=aanmelden'), null);
  await expect(sco.getByRole('heading', { level: 1, name: 'Cursus PrimaWeb: Aanmelden' })).toBeVisible();
  await expectAccessible(sco, 'course home of one module in an LMS');
  await expect.poll(async () => (await cmiOf(lms, 'scorm2004')).completion_status, { message: 'the attempt is begun' }).toBe('incomplete');

  // The module's one scenario, guided, to its end.
  await sco.getByRole('button', { name: 'Beginnen: Aanmelden' }).click();
  const flow = new LoginFlow(sco);
  await flow.loginUntilApplication('Lotte Vermeulen', '1234');
  await flow.chooseRole('Sociale Agent');
  await expect(sco.getByRole('complementary', { name: "Scenario's" }).getByText('Scenario voltooid!')).toBeVisible();
  await expect.poll(async () => (await cmiOf(lms, 'scorm2004')).completion_status).toBe('completed');

  // Its test, handed in untouched: failed, 0/100, one interaction per exercise.
  await sco.getByRole('button', { name: 'Cursus', exact: true }).click();
  await sco.getByRole('button', { name: 'Toets afleggen: Toets: aanmelden' }).click();
  const toets = new TestTaker(sco, 'Toets: aanmelden');
  await toets.at(1);
  await toets.handInAll();
  await toets.expectReport(0);
  await expect.poll(async () => (await cmiOf(lms, 'scorm2004')).success_status).toBe('failed');
  const cmi = await cmiOf(lms, 'scorm2004');
  expect(cmi.score).toMatchObject({ raw: '0', scaled: '0' });
  // scorm-again's JSON: cmi.interactions as {"0": {...}, "1": …}.
  const interactions = Object.values(cmi.interactions) as { id: string; type: string; result: string; description: string }[];
  expect(interactions.map((i) => i.id)).toEqual(['toets-aanmelden-collega', 'toets-aanmelden-onderneming', 'toets-aanmelden-rol', expect.stringMatching(/^toets-aanmelden-/)]);
  expect(interactions.every((i) => i.type === 'performance' && i.result === 'incorrect' && i.description !== '')).toBe(true);
  expect(cmi.suspend_data.length).toBeGreaterThan(0);
  expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
  expect(await lms.evaluate(() => (window as unknown as { __commits: number }).__commits)).toBeGreaterThan(0);
  test.info().annotations.push({ type: 'suspend_data', description: `${cmi.suspend_data.length} characters` });

  // Closing the window ends the session; the LMS keeps the attempt.
  await sco.close({ runBeforeUnload: true });
  await expect.poll(async () => (await cmiOf(lms, 'scorm2004')).session_time ?? '').not.toBe('');
  const kept = await cmiOf(lms, 'scorm2004');

  // Another PC: a fresh browser, nothing in its storage; the LMS gives back what it kept.
  const other = await browser.newContext({ baseURL, reducedMotion: 'reduce' });
  const again = await openLms(other, 'scorm2004', await courseLaunch(other, 'scorm2004', 'index.html?module=aanmelden'), { suspend_data: kept.suspend_data, completion_status: kept.completion_status, success_status: kept.success_status, entry: 'resume' });
  await expect(again.sco.getByRole('heading', { level: 1, name: 'Cursus PrimaWeb: Aanmelden' })).toBeVisible();
  await expect(again.sco.getByText("1 van 1 scenario's geoefend")).toBeVisible();
  await expect(again.sco.getByText("Laatste score: 0/100 (niet geslaagd). Beste score: 0/100.")).toBeVisible();
  await other.close();
});

test('issue 13.2: SCORM 1.2: the whole course package reports lesson_status and keeps suspend_data under 4,096 characters', async ({ context }) => {
  const { lms, sco } = await openLms(context, 'scorm12', await courseLaunch(context, 'scorm12', 'index.html'), null);
  await expect(sco.getByRole('heading', { level: 1, name: 'Cursus PrimaWeb' })).toBeVisible();
  await expect.poll(async () => (await cmiOf(lms, 'scorm12')).core?.lesson_status).toBe('incomplete');
  await sco.getByRole('button', { name: 'Toets afleggen: Toets: aanmelden' }).click();
  const toets = new TestTaker(sco, 'Toets: aanmelden');
  await toets.at(1);
  await toets.handInAll();
  await toets.expectReport(0);
  await expect.poll(async () => (await cmiOf(lms, 'scorm12')).core?.score?.raw).toBe('0');
  const cmi = await cmiOf(lms, 'scorm12');
  expect(cmi.core.lesson_status).toBe('incomplete');
  expect(cmi.suspend_data.length).toBeGreaterThan(0);
  expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
});

/**
 * cmi5: a small fake LMS + LRS (routes under the site's own address, the one network use the
 * package allows) launches the module with the five cmi5 parameters and receives the statements.
 */
test('issue 13.2: cmi5: the launch sequence, then initialized, completed and terminated to the LRS the launch names', async ({ page, baseURL }) => {
  const statements: { verb: { id: string }; result?: Record<string, unknown>; context?: Record<string, any> }[] = [];
  const states = new Map<string, string>();
  let tokens = 0;
  const SESSION = '680cef64-bc48-4b57-af6b-be4217e69aff';
  await page.context().route('**/fake-lms/**', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.pathname.endsWith('/fake-lms/fetch')) {
      tokens += 1;
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify(tokens === 1 ? { 'auth-token': 'dG9rZW4=' } : { 'error-code': '1', 'error-text': 'token already given' }) });
    }
    expect(request.headers()['x-experience-api-version']).toBe('1.0.3');
    expect(request.headers()['authorization']).toBe('Basic dG9rZW4=');
    if (url.pathname.endsWith('/activities/state')) {
      const id = url.searchParams.get('stateId')!;
      if (id === 'LMS.LaunchData' && request.method() === 'GET')
        return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ contextTemplate: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': SESSION } }, launchMode: 'Normal', moveOn: 'CompletedOrPassed', masteryScore: 0.7 }) });
      if (request.method() === 'GET') return states.has(id) ? route.fulfill({ contentType: 'application/json', body: states.get(id)! }) : route.fulfill({ status: 404, body: '' });
      states.set(id, request.postData() ?? '');
      return route.fulfill({ status: 204, body: '' });
    }
    if (url.pathname.endsWith('/agents/profile')) return route.fulfill({ status: 404, body: '' });
    if (url.pathname.endsWith('/statements') && request.method() === 'POST') {
      statements.push(...(JSON.parse(request.postData() ?? '[]') as typeof statements));
      return route.fulfill({ contentType: 'application/json', body: '[]' });
    }
    return route.fulfill({ status: 400, body: '' });
  });
  const launch = new URLSearchParams({
    endpoint: `${baseURL}fake-lms/xapi/`,
    fetch: `${baseURL}fake-lms/fetch`,
    actor: JSON.stringify({ objectType: 'Agent', name: 'Lotte Vermeulen', account: { homePage: 'https://lms.example', name: 'lotte' } }),
    registration: 'a0a37fbe-04f1-46a3-9135-29aa41d4f1ee',
    activityId: 'https://primabook.example/primaweb-simulator/aanmelden',
  });
  // The cmi5 package as the LMS imported it: the AU of the module, at the url its cmi5.xml gives.
  const files = await servePackage(page.context(), 'primaweb-simulator-cmi5.zip');
  const au = /<au id="https:\/\/primabook\.example\/primaweb-simulator\/aanmelden"[^>]*>[\s\S]*?<url>([^<]+)<\/url>/.exec(strFromU8(files['cmi5.xml']!))![1]!;
  expect(au).toBe('index.html?module=aanmelden');
  await page.goto(`./lms-package/${au}&${launch}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Cursus PrimaWeb: Aanmelden' })).toBeVisible();
  const verbs = () => statements.map((s) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', ''));
  await expect.poll(verbs).toEqual(['initialized']);
  expect(statements[0]!.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe(SESSION);

  await page.getByRole('button', { name: 'Demo: Aanmelden in PrimaWeb' }).click();
  const panel = page.getByRole('complementary', { name: "Scenario's" });
  for (let n = 0; n < 30 && !(await panel.getByText('Scenario voltooid!').isVisible()); n++) await panel.getByRole('button', { name: 'Volgende' }).click();
  await expect(panel.getByText('Scenario voltooid!')).toBeVisible();
  await expect.poll(verbs, { timeout: 15_000 }).toEqual(['initialized', 'completed']);

  // Leaving the page ends the session. The page's own 'pagehide' is dispatched while the page is
  // still there: Playwright does not route the keepalive requests of a page being unloaded.
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false })));
  await expect.poll(verbs).toEqual(['initialized', 'completed', 'terminated']);
  expect(states.get('primaweb-suspend')?.length ?? 0).toBeGreaterThan(0);
});

test('issue 13.2: an LMS that refuses to commit, then vanishes: the learner is told, nothing crashes, this browser keeps the work', async ({ context }) => {
  const { lms, sco } = await openLms(context, 'scorm2004', await courseLaunch(context, 'scorm2004', 'index.html?module=aanmelden'), null);
  await expect(sco.getByRole('heading', { level: 1, name: 'Cursus PrimaWeb: Aanmelden' })).toBeVisible();
  await expect.poll(async () => (await cmiOf(lms, 'scorm2004')).completion_status).toBe('incomplete');
  // The LMS refuses every commit from now on.
  await lms.evaluate(() => {
    (window as unknown as { API_1484_11: { Commit: () => string } }).API_1484_11.Commit = () => 'false';
  });
  await sco.getByRole('button', { name: 'Demo: Aanmelden in PrimaWeb' }).click();
  const panel = sco.getByRole('complementary', { name: "Scenario's" });
  for (let n = 0; n < 30 && !(await panel.getByText('Scenario voltooid!').isVisible()); n++) await panel.getByRole('button', { name: 'Volgende' }).click();
  await expect(sco.getByText('Het leerplatform (LMS) weigerde uw voortgang op te slaan. Uw werk is bewaard in deze browser; probeer later opnieuw.')).toBeVisible({ timeout: 15_000 });
  await expectAccessible(sco, 'the LMS notice');
  // The API is gone altogether (the LMS page was left: every call throws): still no crash, and a word.
  await lms.evaluate(() => {
    const api = (window as unknown as { API_1484_11: Record<string, unknown> }).API_1484_11;
    for (const name of ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'])
      api[name] = () => {
        throw new Error('The LMS window is gone');
      };
  });
  await sco.getByRole('button', { name: 'Cursus', exact: true }).click();
  await sco.getByRole('button', { name: 'Begeleid: Aanmelden in PrimaWeb' }).click();
  await expect(sco.getByText(/De verbinding met het leerplatform \(LMS\) is verbroken/)).toBeVisible({ timeout: 15_000 });
  await sco.getByRole('button', { name: 'Cursus', exact: true }).click();
  await expect(sco.getByText("1 van 1 scenario's geoefend")).toBeVisible();
  // What this browser kept: the completion survives a reload.
  await sco.reload();
  await expect(sco.getByText("1 van 1 scenario's geoefend")).toBeVisible();
});

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.xsd': 'application/xml' };

/**
 * A package as an LMS imports it: the zip from release/ (npm run package), its files served under
 * the site's address as the LMS serves them, launched at the address its manifest gives.
 */
async function servePackage(context: BrowserContext, zip: string): Promise<Record<string, Uint8Array>> {
  const files = unzipSync(new Uint8Array(readFileSync(`release/${zip}`)));
  await context.route('**/lms-package/**', (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.split('/lms-package/')[1] ?? '');
    const file = files[path];
    return file ? route.fulfill({ body: Buffer.from(file), contentType: TYPES[extname(path)] ?? 'application/octet-stream' }) : route.fulfill({ status: 404, body: '' });
  });
  return files;
}

/**
 * The whole course's package of that version, served as the LMS serves it, launched at `page`
 * (with `?module=` it behaves as that module's package: same content, the launch address decides).
 * The LMS packages are the only build with the LMS link (mode 'lms'): the web site of dist/ has none.
 */
async function courseLaunch(context: BrowserContext, version: Version, page: string): Promise<string> {
  await servePackage(context, `primaweb-simulator-${version}.zip`);
  return `lms-package/${page}`;
}

async function importPackage(context: BrowserContext, zip: string): Promise<string> {
  const files = await servePackage(context, zip);
  const manifest = strFromU8(files['imsmanifest.xml']!);
  const href = /<resource [^>]*href="([^"]+)"/.exec(manifest)![1]!;
  const parameters = /<item [^>]*parameters="([^"]+)"/.exec(manifest)?.[1] ?? '';
  return `lms-package/${href}${parameters}`;
}

for (const [version, zip, module, title, exercises] of [
  ['scorm2004', 'primaweb-simulator-scorm2004-integraties.zip', 'Integraties', 'Toets: integraties', 4],
  ['scorm12', 'primaweb-simulator-scorm12-profielen.zip', 'Beheer van de profielen', 'Toets: beheer van de profielen', 4],
] as const) {
  test(`issue 13.1, 13.2: ${zip} imported into the LMS opens its module and reports its test`, async ({ context }) => {
    const launch = await importPackage(context, zip);
    expect(launch).toMatch(/index\.html\?module=/);
    const { lms, sco } = await openLms(context, version, launch, null);
    await expect(sco.getByRole('heading', { level: 1, name: `Cursus PrimaWeb: ${module}` })).toBeVisible();
    const status = async () => {
      const cmi = await cmiOf(lms, version);
      return version === 'scorm2004' ? `${cmi.completion_status}/${cmi.success_status}` : cmi.core.lesson_status;
    };
    await expect.poll(status).toBe(version === 'scorm2004' ? 'incomplete/unknown' : 'incomplete');
    await sco.getByRole('button', { name: `Toets afleggen: ${title}` }).click();
    const toets = new TestTaker(sco, title);
    await toets.at(1);
    await toets.handInAll();
    await toets.expectReport(0);
    await expect.poll(status).toBe(version === 'scorm2004' ? 'incomplete/failed' : 'failed');
    const cmi = await cmiOf(lms, version);
    if (version === 'scorm2004') expect(Object.keys(cmi.interactions)).toHaveLength(exercises);
    expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
  });
}
