import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { LoginFlow } from './support/login.page';
import { openTool, setTrainerMode, toolButton } from './support/tools';

test.describe.configure({ timeout: 60_000 });

const WORLD_KEY = 'primaweb-simulator/world';
const panel = (page: Page) => page.getByRole('complementary', { name: "Scenario's" });
const shot = (page: Page, name: string) => page.screenshot({ path: `${process.env.SHOTS ?? 'test-results/shots'}/trainer-${name}.png` });

test('issue 12.4: trainer mode is a toggle in the simulator bar, remembered after a reload; its tools are axe-clean', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  const toggle = page.getByRole('banner').getByRole('button', { name: 'Trainersmodus' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toolButton(page, 'Gegevens terugzetten')).toHaveCount(0);
  await setTrainerMode(page, true);
  await expect(toolButton(page, 'Gegevens terugzetten')).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Presentatie' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'België', level: 1 })).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toolButton(page, 'Gegevens terugzetten')).toBeVisible();

  // Every panel open at once: axe on the whole bar.
  await openTool(page, 'Kaarten');
  await openTool(page, /^Gesimuleerde datum/);
  await openTool(page, 'Gegevens terugzetten');
  await expectAccessible(page, 'trainer tools open');
  await shot(page, 'tools-open');
  await setTrainerMode(page, false);
  await page.reload();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('issue 12.5: a tool panel opens on demand with the focus in it; Escape closes it and gives the focus back', async ({ page }) => {
  await new LoginFlow(page).open();
  const cards = toolButton(page, 'Kaarten');
  await cards.focus();
  await page.keyboard.press('Enter');
  await expect(cards).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('region', { name: 'Kaartlezer' }).getByRole('button', { name: 'Kaart uitnemen' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(cards).toHaveAttribute('aria-expanded', 'false');
  await expect(cards).toBeFocused();
  await expect(page.getByRole('region', { name: 'Kaartlezer' })).toHaveCount(0);

  const date = toolButton(page, /^Gesimuleerde datum/);
  await date.click();
  await expect(page.getByLabel(/^Gesimuleerde datum/)).toBeFocused();
  await page.keyboard.type('31/02/2025');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('banner').getByText('Deze datum bestaat niet.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(date).toBeFocused();
  await expect(date).toHaveText('Gesimuleerde datum: 03/02/2025');
});

test('issue 12.4: in guided mode the trainer jumps to a step; the steps before it are done', async ({ page }) => {
  await new LoginFlow(page).open();
  await setTrainerMode(page, true);
  await panel(page).getByRole('button', { name: 'Begeleid: Aanmelden in PrimaWeb' }).click();
  await expect(panel(page).getByText('Stap 1 van 11')).toBeVisible();
  await panel(page).getByText('Naar een stap springen').click();
  await panel(page).getByRole('button', { name: /demopincode/ }).click();
  await expect(panel(page).getByText('Stap 8 van 11')).toBeVisible();
  const pin = page.getByRole('dialog', { name: 'eID-verificatie' });
  await expect(pin).toBeVisible();
  // The learner goes on from there, guided.
  await pin.getByLabel('Pincode').fill('1234');
  await pin.getByRole('button', { name: 'OK' }).click();
  await expect(panel(page).getByText('Stap 9 van 11')).toBeVisible();
  // Back to an earlier step: the world and screens as they were then.
  await panel(page).getByRole('button', { name: /Ambtenaren en andere professionals/ }).click();
  await expect(panel(page).getByText('Stap 1 van 11')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'België', level: 1 })).toBeVisible();
  // Without trainer mode, a guided run has no jump list.
  await setTrainerMode(page, false);
  await expect(panel(page).getByText('Naar een stap springen')).toHaveCount(0);
});

test("issue 12.4: resetting ChaMan's data keeps a profile created in PrimaWeb", async ({ page }) => {
  await new LoginFlow(page).open();
  // Something done in the learner's own world, so that it is saved.
  await openTool(page, /^Gesimuleerde datum/);
  await page.getByLabel(/^Gesimuleerde datum/).fill('04/02/2025');
  await page.keyboard.press('Enter');
  await expect(toolButton(page, /^Gesimuleerde datum/)).toHaveText('Gesimuleerde datum: 04/02/2025');
  // The learner's world: a profile of their own in PrimaWeb, and a ChaMan delegation request waiting for the vendor.
  await page.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key)!);
    const world = saved.data;
    world.profiles.push({ id: 'eigen', kbo: '0212333592', description: { nl: 'Eigen profiel', fr: 'Profil propre' }, functions: [] });
    world.chaman.push({
      kbo: '0212333592',
      senderNumber: '123456',
      contact: null,
      ftp: [],
      rest: [],
      delegations: [{ id: 'd1', accountName: 'OCMW Online', permissions: [], vendor: 'Cevi - Logins', status: 'pending', requestedOn: world.today }],
    });
    localStorage.setItem(key, JSON.stringify({ ...saved, savedAt: saved.savedAt + 1, data: world }));
  }, WORLD_KEY);
  await page.reload();
  // A waiting request opens the vendor's panel by itself.
  const vendor = page.getByRole('region', { name: 'Softwareleverancier (simulatie)' });
  await expect(vendor.getByRole('button', { name: 'Aanvaarden' })).toBeVisible();
  await expect(toolButton(page, 'Leverancier (1)')).toHaveAttribute('aria-expanded', 'true');
  await setTrainerMode(page, true);
  await openTool(page, 'Gegevens terugzetten');
  const tools = page.getByRole('region', { name: 'Gegevens terugzetten' });
  await tools.getByRole('button', { name: 'ChaMan-gegevens terugzetten' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'ChaMan-gegevens terugzetten' });
  await expect(confirm).toContainText('De andere toepassingen blijven zoals ze zijn.');
  await expectAccessible(page, 'reset one application, confirmation');
  await confirm.getByRole('button', { name: 'Annuleren' }).click();
  await expect(vendor.getByRole('button', { name: 'Aanvaarden' })).toBeVisible();
  await tools.getByRole('button', { name: 'ChaMan-gegevens terugzetten' }).click();
  await confirm.getByRole('button', { name: 'Ja, terugzetten' }).click();
  await expect(tools.getByRole('status')).toHaveText('Teruggezet zoals geleverd: ChaMan.');
  await expect(tools.getByRole('button', { name: 'ChaMan-gegevens terugzetten' })).toBeFocused();
  // Nothing waits for the vendor any more: its panel closed by itself, as it opened.
  await expect(vendor).toHaveCount(0);
  await expect(toolButton(page, /^Leverancier/)).toHaveCount(0);
  const kept = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).data, WORLD_KEY);
  expect(kept.chaman).toEqual([]);
  expect(kept.profiles.map((p: { id: string }) => p.id)).toContain('eigen');
});

test('issue 12.4: "Link naar deze stap" opens that scenario, mode and step in a fresh browser', async ({ page, browser }) => {
  await new LoginFlow(page).open();
  await setTrainerMode(page, true);
  await panel(page).getByRole('button', { name: 'Begeleid: Aanmelden in PrimaWeb' }).click();
  await panel(page).getByText('Naar een stap springen').click();
  await panel(page).getByRole('button', { name: /demopincode/ }).click();
  await expect(panel(page).getByText('Stap 8 van 11')).toBeVisible();
  await panel(page).getByRole('button', { name: 'Link naar deze stap' }).click();
  const field = panel(page).getByRole('textbox', { name: 'Adres van deze stap' });
  await expect(field).toBeFocused();
  const address = await field.inputValue();
  expect(address).toMatch(/\/oefenen\/primaweb\/#\/scenario\/aanmelden-primaweb\/guided\/8$/);
  await panel(page).getByRole('button', { name: 'Kopiëren' }).click();
  await expect(panel(page).getByRole('status').filter({ hasText: /gekopieerd|Kopiëren lukte niet/ })).toBeVisible();
  await expectAccessible(page, 'link to this step');
  await shot(page, 'link');

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(address);
    await expect(panel(other).getByText('Begeleid', { exact: true })).toBeVisible();
    await expect(panel(other).getByRole('heading', { name: 'Aanmelden in PrimaWeb' })).toBeVisible();
    await expect(panel(other).getByText('Stap 8 van 11')).toBeVisible();
    await expect(other.getByRole('dialog', { name: 'eID-verificatie' })).toBeVisible();
    // The address is the flow's own again: a reload resumes the run, not the link.
    await expect(other).not.toHaveURL(/#\/scenario\//);
  } finally {
    await fresh.close();
  }
});

test('issue 12.4: an unknown or outdated link opens the normal start with a clear message', async ({ page }) => {
  await page.goto('./#/scenario/bestaat-niet/guided/3');
  await expect(page.getByText('Deze link naar een scenariostap bestaat niet (meer)')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'België', level: 1 })).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Demo: Aanmelden in PrimaWeb' })).toBeVisible();
  await page.goto('about:blank');
  await page.goto('./#/scenario/aanmelden-primaweb/guided/99');
  await expect(page.getByText('Deze link naar een scenariostap bestaat niet (meer)')).toBeVisible();
  await page.goto('about:blank');
  await page.goto('./#/scenario/aanmelden-primaweb/toets/1');
  await expect(page.getByText('Deze link naar een scenariostap bestaat niet (meer)')).toBeVisible();
  await expectAccessible(page, 'unknown link');
});

test('issue 12.4: the presentation layout toggles with the key P (trainer mode), the narration as a caption under the application', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await new LoginFlow(page).open();
  await setTrainerMode(page, true);
  await panel(page).getByRole('button', { name: 'Demo: Aanmelden in PrimaWeb' }).click();
  await expect(panel(page).getByText('Stap 1 van 11')).toBeVisible();
  const presentation = page.getByRole('banner').getByRole('button', { name: 'Presentatie' });
  await expect(presentation).toHaveAccessibleDescription(/Sneltoets P/);
  await page.locator('body').click({ position: { x: 5, y: 740 } });
  await page.keyboard.press('p');
  await expect(presentation).toHaveAttribute('aria-pressed', 'true');
  const caption = page.getByRole('region', { name: /Aanmelden in PrimaWeb — Stap 1 van 11/ });
  await expect(caption).toContainText('We melden ons aan als Ambtenaren en andere professionelen.');
  await expect(panel(page).getByRole('button', { name: "Scenario's tonen" })).toBeVisible();
  await caption.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('region', { name: /Stap 2 van 11/ })).toBeVisible();
  await expectAccessible(page, 'presentation layout');
  await shot(page, 'presentation');
  // Typed in a text field, P is a letter.
  await openTool(page, /^Gesimuleerde datum/);
  await page.getByLabel(/^Gesimuleerde datum/).press('p');
  await expect(presentation).toHaveAttribute('aria-pressed', 'true');
  await presentation.focus();
  await page.keyboard.press('p');
  await expect(presentation).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('region', { name: /Stap 2 van 11/ })).toHaveCount(0);
  // Without trainer mode, P does nothing.
  await setTrainerMode(page, false);
  await page.keyboard.press('p');
  await expect(page.locator('html')).not.toHaveClass(/sim-presenting/);
});

test("issue 12.5: at 1366 × 768 the simulated window has at least 1000 × 560 px; the bar is one row at 1280, the learner's and the trainer's (NL, FR)", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await new LoginFlow(page).open();
  const window = page.getByRole('region', { name: 'Gesimuleerde browser' });
  const open = (await window.boundingBox())!;
  await shot(page, '1366-panel-open');
  // With the scenario panel folded to its strip.
  await panel(page).getByRole('button', { name: 'Paneel inklappen' }).click();
  const unfold = panel(page).getByRole('button', { name: "Scenario's tonen" });
  await expect(unfold).toBeFocused();
  await expect(unfold).toHaveAttribute('aria-expanded', 'false');
  const folded = (await window.boundingBox())!;
  expect(folded.width).toBeGreaterThanOrEqual(1000);
  expect(768 - folded.y).toBeGreaterThanOrEqual(560);
  expect(folded.height).toBeGreaterThanOrEqual(560);
  await expectAccessible(page, 'scenario panel folded');
  await shot(page, '1366-panel-folded');
  await unfold.press('Enter');
  await expect(panel(page).getByRole('button', { name: 'Paneel inklappen' })).toBeFocused();
  await expect(panel(page).getByRole('button', { name: 'Demo: Aanmelden in PrimaWeb' })).toBeVisible();
  test.info().annotations.push({ type: 'window', description: `panel open ${open.width}×${open.height}, folded ${folded.width}×${folded.height}` });

  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, '1280');
  const bar = (await page.getByRole('banner').boundingBox())!;
  expect(bar.height).toBeLessThanOrEqual(72);
  // Trainer mode adds its tools (data, presentation): still one row at 1280 and 1366.
  await setTrainerMode(page, true);
  await expect(page.getByRole('banner').getByRole('button', { name: /Presentatie/ })).toBeVisible();
  await shot(page, '1280-trainer');
  expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThanOrEqual(72);
  await page.setViewportSize({ width: 1366, height: 768 });
  await shot(page, '1366-trainer');
  expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThanOrEqual(72);
  await page.setViewportSize({ width: 1280, height: 800 });
  // In French too, for the trainer and for the learner.
  await page.getByRole('banner').getByLabel('Taal').selectOption('fr');
  await expect(page.getByRole('banner').getByRole('button', { name: /Présentation/ })).toBeVisible();
  await shot(page, '1280-fr-trainer');
  expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThanOrEqual(72);
  await setTrainerMode(page, false);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Mode formateur' })).toBeVisible();
  await shot(page, '1280-fr');
  expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThanOrEqual(72);
});

test('issue 12.5: at 1024 × 768 the page does not scroll sideways, with the panel open or folded, in NL and FR', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await new LoginFlow(page).open();
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await sideways()).toBeLessThanOrEqual(0);
  await setTrainerMode(page, true);
  await openTool(page, 'Kaarten');
  expect(await sideways()).toBeLessThanOrEqual(0);
  await shot(page, '1024');
  await page.getByRole('banner').getByLabel('Taal').selectOption('fr');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Mode formateur' })).toBeVisible();
  expect(await sideways()).toBeLessThanOrEqual(0);
  await expectAccessible(page, 'bar in French at 1024');
  await shot(page, '1024-fr');
  await page.getByRole('complementary', { name: 'Scénarios' }).getByRole('button', { name: 'Replier le panneau' }).click();
  expect(await sideways()).toBeLessThanOrEqual(0);
});
