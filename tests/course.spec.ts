import { expect, expectAccessible, test } from './support/fixtures';
import { courseHeading, moduleCard, openCourse, passingMergerReport, scenarioPanel, seed } from './support/course.page';
import type { Locator, Page } from '@playwright/test';
import { press } from './support/keyboard';

async function tabBackTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Shift+Tab');
  }
  throw new Error(`not reachable with Shift+Tab: ${target}`);
}

// This spec is about the site's bare address: the course home, not the portal.
test.use({ atPortal: false });
test.describe.configure({ timeout: 60_000 });

test('issue 12.1: the simulator opens on the course home, five modules in the documents\' order, each with its progress and next action', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openCourse(page);
  await expect(page).toHaveURL(/\/oefenen\/primaweb\/$/);
  // Simulator chrome, not a simulated application: no simulated browser on this screen.
  await expect(page.getByRole('region', { name: 'Gesimuleerde browser' })).toHaveCount(0);
  const titles = await page.getByRole('article').getByRole('heading', { level: 2 }).allTextContents();
  expect(titles).toEqual([
    'Module 1: Aanmelden',
    'Module 2: Beheer van de profielen',
    'Module 3: Integraties',
    'Module 4: Toegangsbeheer, ChaMan en OCMW-configuratie',
    'Module 5: Fusies 2025',
  ]);
  const profielen = moduleCard(page, 'Module 2: Beheer van de profielen');
  await expect(profielen.getByText('Handleiding: Handleiding PrimaWeb "Beheer van de profielen" (000)')).toBeVisible();
  await expect(profielen.getByText("0 van 5 scenario's geoefend")).toBeVisible();
  await expect(profielen.getByRole('progressbar', { name: "0 van 5 scenario's geoefend" })).toBeVisible();
  await expect(profielen.getByRole('button', { name: 'Beginnen: Beheer van de profielen' })).toBeVisible();
  // The merger module's tests (one per merger scenario), once the tests are loaded.
  const fusies = moduleCard(page, 'Module 5: Fusies 2025');
  await expect(fusies.getByRole('button', { name: 'Toets afleggen: Toets: fusies 2025' })).toBeVisible();
  await expect(fusies.getByText('Nog niet afgelegd.')).toHaveCount(3);
  await expectAccessible(page, 'course home');
  await page.screenshot({ path: 'test-results/course-home-1366.png', fullPage: false });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: 'test-results/course-home-1024.png', fullPage: false });
});

test('issue 12.1: a scenario started from the course home opens the simulator at it; done, the figure and the next action change', async ({ page }) => {
  await openCourse(page);
  const profielen = moduleCard(page, 'Module 2: Beheer van de profielen');
  await profielen.getByRole('button', { name: 'Demo: Een gebruiker deactiveren en reactiveren' }).click();
  await expect(scenarioPanel(page).getByRole('heading', { name: 'Een gebruiker deactiveren en reactiveren', level: 3 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Gesimuleerde browser' })).toBeVisible();
  for (let i = 0; i < 5; i++) await scenarioPanel(page).getByRole('button', { name: 'Volgende' }).click();
  await expect(scenarioPanel(page).getByText('Scenario voltooid!')).toBeVisible();

  await page.getByRole('button', { name: 'Cursus', exact: true }).click();
  await expect(courseHeading(page)).toBeFocused();
  await expect(page).toHaveURL(/#\/cursus$/);
  await expect(profielen.getByText("1 van 5 scenario's geoefend")).toBeVisible();
  await expect(profielen.getByRole('progressbar', { name: "1 van 5 scenario's geoefend" })).toHaveAttribute('value', '1');
  await expect(profielen.getByRole('listitem').filter({ hasText: 'Een gebruiker deactiveren en reactiveren' }).getByText('geoefend: Demo')).toBeVisible();
  await expect(profielen.getByRole('button', { name: 'Verder: Beheer van de profielen' })).toBeVisible();
  await expect(profielen.getByRole('button', { name: 'Beginnen: Beheer van de profielen' })).toHaveCount(0);
});

test('issue 12.1: "Toets afleggen" once every scenario of a module is practised', async ({ page }) => {
  await openCourse(page);
  const at = '2026-12-01T10:00:00.000Z';
  const ids = ['fusie-integraties', 'fusie-integraties-2', 'fusie-integraties-3', 'fusie-chaman', 'fusie-ocmw-configuratie', 'fusie-toegangsbeheer', 'fusie-toegangsbeheer-updaten-2', 'fusie-toegangsbeheer-opkuisen-3'];
  await seed(page, { progress: Object.fromEntries(ids.map((id) => [id, { practice: at }])) });
  const fusies = moduleCard(page, 'Module 5: Fusies 2025');
  await expect(fusies.getByText("8 van 8 scenario's geoefend")).toBeVisible();
  await fusies.getByRole('button', { name: 'Toets afleggen: Fusies 2025' }).click();
  await expect(scenarioPanel(page).getByText('Oefening 1 van 4')).toBeVisible();
});

test('issue 12.1: "Verder waar u gebleven was" after a reload goes back to the same scenario at the same step', async ({ page }) => {
  await openCourse(page);
  await page.getByRole('button', { name: 'Beginnen: Aanmelden' }).click();
  await expect(scenarioPanel(page).getByText('Begeleid', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Ambtenaren en andere professionals' }).click();
  await page.getByRole('link', { name: "OCMW's & POD Maatschappelijke Integratie" }).click();
  await expect(scenarioPanel(page).getByText('Stap 3 van 11')).toBeVisible();

  await page.getByRole('button', { name: 'Cursus', exact: true }).click();
  await expect(courseHeading(page)).toBeVisible();
  await page.reload();
  await expect(courseHeading(page)).toBeVisible();
  await expect(page.getByText('Laatst: Aanmelden in PrimaWeb (Begeleid)')).toBeVisible();
  await page.getByRole('button', { name: 'Verder waar u gebleven was' }).click();
  await expect(scenarioPanel(page).getByText('Stap 3 van 11')).toBeVisible();
  await expect(page.getByRole('heading', { name: "OCMW's & POD Maatschappelijke Integratie", level: 1 })).toBeVisible();
});

test('issue 12.1: "Vrij verkennen" opens the portal as before, and the course home is one click away', async ({ page }) => {
  await openCourse(page);
  await page.getByRole('button', { name: 'Vrij verkennen' }).click();
  await expect(page.getByRole('heading', { name: 'België', level: 1 })).toBeFocused();
  await expect(page).toHaveURL(/#\/$/);
  await page.getByRole('link', { name: 'Ambtenaren en andere professionals' }).click();
  await expect(page).toHaveURL(/#\/professionals$/);
  // Back returns through the portal's pages to the course home.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'België', level: 1 })).toBeVisible();
  await page.goBack();
  await expect(courseHeading(page)).toBeVisible();
  // A deep link into the portal still opens the portal.
  await page.goto('./#/professionals/ocmw');
  await expect(page.getByRole('heading', { name: "OCMW's & POD Maatschappelijke Integratie", level: 1 })).toBeVisible();
});

test('issue 12.3: "Mijn resultaten" lists the scenarios per mode and every kept test report, which opens', async ({ page }) => {
  await openCourse(page);
  const failed = { ...passingMergerReport('2026-11-30T09:00:00.000Z'), results: passingMergerReport().results.map((r) => ({ ...r, goals: r.goals.map((g) => ({ ...g, met: false })) })) };
  await seed(page, { assessments: [passingMergerReport(), failed], progress: { 'mijn-toegangen': { guided: '2026-11-29T10:00:00.000Z' } } });
  await expect(moduleCard(page, 'Module 5: Fusies 2025').getByText('Laatste score: 100/100 (geslaagd). Beste score: 100/100.')).toBeVisible();
  await page.getByRole('button', { name: 'Mijn resultaten' }).click();
  await expect(page.getByRole('heading', { name: 'Mijn resultaten', level: 1 })).toBeFocused();
  await expect(page).toHaveURL(/#\/cursus\/resultaten$/);
  const table = page.getByRole('table', { name: /Module 2: Beheer van de profielen/ });
  await expect(table.getByRole('row', { name: /Mijn toegangen raadplegen/ }).getByRole('cell').nth(1)).toContainText('29/11/2026');
  await expect(page.getByText('Toets: fusies 2025, 01/12/2026 om', { exact: false })).toBeVisible();
  await expect(page.getByText(/Toets: fusies 2025, 30\/11\/2026 om .*: 0\/100, niet geslaagd/)).toBeVisible();
  await expectAccessible(page, 'Mijn resultaten');
  await page.getByRole('button', { name: /^Rapport openen: Toets: fusies 2025, 30\/11\/2026/ }).click();
  await expect(page.getByRole('heading', { name: /Toets: fusies 2025/, level: 1 })).toBeFocused();
  await expect(page.getByText('Score: 0/100')).toBeVisible();
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByRole('heading', { name: 'Mijn resultaten', level: 1 })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Fusies 2025: 100/100' })).toBeVisible();
});

test('issue 12.2: the certificate once the test is passed: the learner\'s name (checked), module, dates, score; printed alone', async ({ page }) => {
  await openCourse(page);
  await seed(page, { assessments: [passingMergerReport()] });
  await moduleCard(page, 'Module 5: Fusies 2025').getByRole('button', { name: 'Attest: Fusies 2025' }).click();
  await expect(page.getByRole('heading', { name: 'Attest: Fusies 2025', level: 1 })).toBeFocused();
  const name = page.getByLabel('Uw naam, zoals hij op het attest komt');
  await name.fill(' ');
  await page.getByRole('button', { name: 'Naam op het attest zetten' }).click();
  await expect(page.getByText('Vul uw naam in (minstens 2 tekens).')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('x'.repeat(81));
  await page.getByRole('button', { name: 'Naam op het attest zetten' }).click();
  await expect(page.getByText('Uw naam mag hoogstens 80 tekens tellen.')).toBeVisible();
  await expect(page.getByText('Hierbij wordt verklaard dat')).toHaveCount(0);
  await name.fill('Marie Dubois-Van den Broeck');
  await page.getByRole('button', { name: 'Naam op het attest zetten' }).click();
  await expect(page.getByText('Marie Dubois-Van den Broeck', { exact: true })).toBeVisible();
  await expect(page.getByText('de module “Fusies 2025” met succes heeft afgerond: Toets: fusies 2025, score 100/100.')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: '01/12/2026' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: '06/01/2025' })).toBeVisible();
  await expectAccessible(page, 'certificate');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Marie Dubois-Van den Broeck', { exact: true })).toBeVisible();
  await expect(page.getByText('Gesimuleerde datum', { exact: true })).toBeVisible();
  await expect(page.getByText('Gesimuleerde datum: 03/02/2025')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(name).toBeHidden();
  await expect(page.getByRole('button', { name: 'Cursus', exact: true })).toBeHidden();
  await page.screenshot({ path: 'test-results/course-certificate-print.png' });
  await page.emulateMedia({ media: 'screen' });

  // The name is kept.
  await page.reload();
  await moduleCard(page, 'Module 5: Fusies 2025').getByRole('button', { name: 'Attest: Fusies 2025' }).click();
  await expect(page.getByText('Marie Dubois-Van den Broeck', { exact: true })).toBeVisible();
});

test('issue 12.3: "Simulator resetten" keeps the results; clearing them too is a separate, confirmed choice', async ({ page }) => {
  await openCourse(page);
  await seed(page, { assessments: [passingMergerReport()], progress: { 'mijn-toegangen': { guided: '2026-11-29T10:00:00.000Z' } } });
  const profielen = moduleCard(page, 'Module 2: Beheer van de profielen');
  await expect(profielen.getByText("1 van 5 scenario's geoefend")).toBeVisible();

  await page.getByRole('button', { name: 'Simulator resetten' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Simulator resetten' });
  await expect(dialog.getByRole('checkbox', { name: /Ook mijn resultaten wissen/ })).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Ja, resetten' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(profielen.getByText("1 van 5 scenario's geoefend")).toBeVisible();
  await expect(moduleCard(page, 'Module 5: Fusies 2025').getByRole('button', { name: 'Attest: Fusies 2025' })).toBeVisible();

  // Clearing asks again; cancelling there clears nothing (and resets nothing).
  await page.getByRole('button', { name: 'Simulator resetten' }).click();
  await dialog.getByRole('checkbox', { name: /Ook mijn resultaten wissen/ }).check();
  await dialog.getByRole('button', { name: 'Ja, resetten' }).click();
  const again = page.getByRole('alertdialog', { name: 'Ook uw resultaten wissen?' });
  await expect(again).toBeVisible();
  await expectAccessible(page, 'reset: clear the results too');
  await again.getByRole('button', { name: 'Annuleren' }).click();
  await expect(profielen.getByText("1 van 5 scenario's geoefend")).toBeVisible();

  await page.getByRole('button', { name: 'Simulator resetten' }).click();
  await dialog.getByRole('checkbox', { name: /Ook mijn resultaten wissen/ }).check();
  await dialog.getByRole('button', { name: 'Ja, resetten' }).click();
  await again.getByRole('button', { name: 'Ja, ook mijn resultaten wissen' }).click();
  await expect(profielen.getByText("0 van 5 scenario's geoefend")).toBeVisible();
  await expect(moduleCard(page, 'Module 5: Fusies 2025').getByText('Nog niet afgelegd.')).toHaveCount(3);
  await page.reload();
  await expect(profielen.getByText("0 van 5 scenario's geoefend")).toBeVisible();
});

test('issue 12.5: the course home works at 360 px wide without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openCourse(page);
  await seed(page, { assessments: [passingMergerReport()] });
  const overflow = await page.evaluate(() => {
    const el = document.scrollingElement!;
    return { scroll: el.scrollWidth, client: el.clientWidth };
  });
  await page.screenshot({ path: 'test-results/course-home-360.png' });
  expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
  await page.getByRole('button', { name: 'Mijn resultaten' }).click();
  await expect(page.getByRole('heading', { name: 'Mijn resultaten', level: 1 })).toBeVisible();
  const results = await page.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth);
  expect(results).toBe(true);
});

test('issue 12.1: the course home in French', async ({ page }) => {
  await openCourse(page);
  await page.getByLabel('Taal', { exact: true }).selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Cours PrimaWeb', level: 1 })).toBeVisible();
  const module = page.getByRole('article', { name: 'Module 2 : Gestion des profils' });
  await expect(module.getByText('0 scénarios sur 5 pratiqués')).toBeVisible();
  await expect(module.getByRole('button', { name: 'Commencer : Gestion des profils' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Explorer librement' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cours', exact: true })).toBeVisible();
  await expectAccessible(page, 'course home in French');
  await page.getByRole('button', { name: 'Mes résultats' }).click();
  await expect(page.getByRole('heading', { name: 'Mes résultats', level: 1 })).toBeFocused();
  await expectAccessible(page, 'results in French');
});

test('issue 12.1: the course home with the keyboard alone', async ({ page }) => {
  await openCourse(page);
  await press(page, page.getByRole('button', { name: 'Vrij verkennen' }));
  await expect(page.getByRole('heading', { name: 'België', level: 1 })).toBeFocused();
  // The bar is above the simulated page: back up to it.
  await tabBackTo(page, page.getByRole('button', { name: 'Cursus', exact: true }));
  await page.keyboard.press('Enter');
  await expect(courseHeading(page)).toBeFocused();
  await press(page, page.getByRole('button', { name: 'Begeleid: Mijn toegangen raadplegen' }));
  await expect(scenarioPanel(page).getByText('Stap 1 van', { exact: false })).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Cursus', exact: true }));
  await press(page, page.getByRole('button', { name: 'Mijn resultaten' }));
  await expect(page.getByRole('heading', { name: 'Mijn resultaten', level: 1 })).toBeFocused();
  await press(page, page.getByRole('button', { name: 'Terug naar het cursusoverzicht' }));
  await expect(courseHeading(page)).toBeFocused();
  await expect(page.getByText('Laatst: Mijn toegangen raadplegen (Begeleid)')).toBeVisible();
});

test('issue 13.1: launched with ?module=<id> (a package of one module), the course home shows that module alone; an unknown one, the whole course and a word', async ({ page }) => {
  await page.goto('./?module=integraties');
  await expect(page.getByRole('heading', { level: 1, name: 'Cursus PrimaWeb: Integraties' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Module 3/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Module \d/ })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Vrij verkennen' })).toBeVisible();
  await expectAccessible(page, 'course home of one module');
  await page.getByRole('banner').getByLabel('Taal').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Cours PrimaWeb : Intégrations' })).toBeVisible();

  await page.goto('./?module=bestaat-niet');
  await expect(page.getByRole('heading', { level: 1, name: 'Cours PrimaWeb' })).toBeVisible();
  await expect(page.getByText("Le module « bestaat-niet » n'existe pas (ou plus) : le simulateur affiche tout le cours.")).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Module \d/ })).toHaveCount(5);
});
