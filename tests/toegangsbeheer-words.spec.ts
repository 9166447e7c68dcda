/**
 * Issue 11 (review): what remained between Toegangsbeheer and 004's words — the capacity's page
 * "Gebruikers Subafdeling" (l.296–316), the criteria in the document's pairs (l.301–302), the INSZ
 * and "Volgende" at the bottom of "Gebruikers" (l.447, l.657), the Lokale Beheerder's welcome page
 * (l.421–429), the note on old terms (l.264), and a list that fits its panel at 1366 and 1024 wide.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { press, tabTo, typeInto } from './support/keyboard';
import { eidInFrench, LoginFlow } from './support/login.page';
import { openUsers } from './support/toegangsbeheer.page';

test.describe.configure({ timeout: 90_000 });

/** Ann Wouters (Hoofdtoegangsbeheerder and Lokale beheerder of Herstappe) logs in to Toegangsbeheer. */
async function annInToegangsbeheer(page: Page) {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.insertCard(/Ann/);
  await flow.toService('Toegangsbeheer');
  await flow.toCertificateChoice();
  await flow.chooseCertificate('Ann Wouters');
  await flow.enterPin('4711');
  await expect(page.getByRole('heading', { name: 'Toegangsbeheer voor Ondernemingen en Organisaties', level: 1 })).toBeVisible();
}

async function annInFrench(page: Page) {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.insertCard(/Ann/);
  await page.getByLabel('Taal', { exact: true }).selectOption('fr');
  await page.getByRole('link', { name: 'Fonctionnaires et autres professionnels' }).click();
  await page.getByRole('link', { name: 'CPAS & SPP Intégration sociale' }).click();
  await page.getByRole('link', { name: 'Gestion des accès', exact: true }).click();
  await page.getByRole('button', { name: 'Démarrer le service en ligne' }).click();
  await eidInFrench(page, 'Ann Wouters', '4711');
  await expect(page.getByRole('heading', { name: 'Gestion des accès pour les entreprises et organisations', level: 1 })).toBeVisible();
}

test('issue 11 (review): the capacity\'s page is "Gebruikers Subafdeling" with the criteria, "Aantal gebruikers: 10", "Pagina 1 Eén item gevonden.", tick and "Actie", the export and the links — keyboard only', async ({ page }) => {
  await annInToegangsbeheer(page);
  await page.getByLabel('Ondernemingsnummer:').selectOption('0212333592');
  await press(page, page.getByRole('link', { name: 'OCMW HERSTAPPE', exact: true }));
  await press(page, page.getByRole('table', { name: 'Geactiveerd(en)' }).getByRole('link', { name: 'Maatschappelijk Welzijn' }));
  await expect(page.getByRole('heading', { name: 'Maatschappelijk Welzijn', level: 1 })).toBeFocused();

  await expect(page.getByRole('heading', { name: 'Gebruikers Subafdeling', level: 2 })).toBeVisible();
  const criteria = page.getByRole('form', { name: 'De lijst van de gebruikers tonen op basis van de volgende criteria' });
  for (const label of ['Naam :', 'Voornaam :', 'Gebruikersnaam :', 'Type :', 'INSZ :', 'Status :', 'Beveiligde toepassingen :']) {
    await expect(criteria.getByLabel(label, { exact: true })).toBeVisible();
  }
  await expect(page.getByText('Aantal gebruikers: 10')).toBeVisible();
  const pages = page.getByRole('navigation', { name: "Pagina's van de lijst" });
  await expect(pages).toContainText('Pagina 1');
  await expect(pages).toContainText('Eén item gevonden.');
  const table = page.getByRole('table', { name: /^Gebruikers Subafdeling/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Aanvinken', 'Naam', 'Voornaam', 'Gebruikersnaam', 'Type', 'INSZ', 'Status', 'Actie']);
  const lb = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Wouters' }) });
  await expect(lb.getByRole('cell', { name: 'LB', exact: true })).toBeVisible();
  await expect(lb.getByRole('cell', { name: 'Actief', exact: true })).toBeVisible();
  await expect(lb.getByRole('checkbox', { name: 'Ann Wouters aanvinken' })).toBeVisible();
  await expect(lb.getByRole('button', { name: 'Raadplegen: Ann Wouters' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'De gebruikers exporteren (.csv), Excel' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Een gebruiker toevoegen', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Een Co-Lokale Beheerder toevoegen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Van Toegangsbeheerder veranderen' })).toBeVisible();
  await expectAccessible(page, 'Toegangsbeheer Gebruikers Subafdeling');

  // The search is the users' search: every type, with the keyboard.
  const type = criteria.getByLabel('Type :', { exact: true });
  await tabTo(page, type);
  for (let i = 0; i < 5 && (await type.inputValue()) !== ''; i++) await page.keyboard.press('ArrowUp');
  await expect(type).toHaveValue('');
  await press(page, criteria.getByRole('button', { name: 'Zoeken' }));
  await expect(pages).toContainText('12 items gevonden.');
  await expect(page.getByRole('heading', { name: 'Maatschappelijk Welzijn', level: 1 })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(11);
  await press(page, table.getByRole('checkbox', { name: 'Pieter Claes aanvinken' }), 'Space');
  await expect(table.getByRole('checkbox', { name: 'Pieter Claes aanvinken' })).toBeChecked();
  // "Van Toegangsbeheerder veranderen" stays.
  await press(page, page.getByRole('button', { name: 'Van Toegangsbeheerder veranderen' }));
  await expect(page.getByRole('heading', { name: 'Van Toegangsbeheerder veranderen', level: 1 })).toBeFocused();
});

test('issue 11 (review): the capacity\'s page in French', async ({ page }) => {
  await annInFrench(page);
  await page.getByLabel("Numéro d'entreprise :").selectOption('0212333592');
  await page.getByRole('link', { name: 'OCMW HERSTAPPE', exact: true }).click();
  await page.getByRole('table', { name: 'Activée(s)' }).getByRole('link', { name: 'Aide sociale' }).click();
  await expect(page.getByRole('heading', { name: 'Aide sociale', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Utilisateurs Sous-division', level: 2 })).toBeVisible();
  await expect(page.getByText("Nombre d'utilisateurs : 10")).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Pages de la liste' })).toContainText('Un élément trouvé.');
  await expect(page.getByRole('button', { name: "Changer de gestionnaire d'accès" })).toBeVisible();
  await expectAccessible(page, 'Toegangsbeheer Utilisateurs Sous-division (fr)');
});

test('issue 11 (review): the criteria in the document\'s pairs, "Gebruikersnaam : Type :" and "INSZ : Status :"', async ({ page }) => {
  await annInToegangsbeheer(page);
  await openUsers(page);
  const criteria = page.getByRole('form', { name: 'De lijst van de gebruikers tonen op basis van de volgende criteria' });
  const top = async (label: string) => (await criteria.getByLabel(label, { exact: true }).boundingBox())!.y;
  const left = async (label: string) => (await criteria.getByLabel(label, { exact: true }).boundingBox())!.x;
  expect(await top('Naam :')).toBe(await top('Voornaam :'));
  expect(await top('Gebruikersnaam :')).toBe(await top('Type :'));
  expect(await top('INSZ :')).toBe(await top('Status :'));
  expect(await top('Type :')).toBeGreaterThan(await top('Voornaam :'));
  expect(await top('Status :')).toBeGreaterThan(await top('Type :'));
  expect(await left('Type :')).toBeGreaterThan(await left('Gebruikersnaam :'));
  expect(await left('Status :')).toBeGreaterThan(await left('INSZ :'));
  // Tab goes through them in the same order.
  await tabTo(page, criteria.getByLabel('Gebruikersnaam :', { exact: true }));
  await page.keyboard.press('Tab');
  await expect(criteria.getByLabel('Type :', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(criteria.getByLabel('INSZ :', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(criteria.getByLabel('Status :', { exact: true })).toBeFocused();
});

test('issue 11 (review): "INSZ:" and "Volgende" at the bottom of "Gebruikers" add a user; a bad INSZ gets the same message and changes nothing — keyboard only', async ({ page }) => {
  await annInToegangsbeheer(page);
  await openUsers(page);
  const add = page.getByRole('form', { name: 'Een gebruiker toevoegen' });
  await typeInto(page, add.getByLabel('INSZ:'), '86.04.12-057.58');
  await page.keyboard.press('Enter');
  await expect(add.getByRole('alert')).toHaveText('Dit INSZ is niet geldig: het controlegetal klopt niet.');
  await expect(add.getByLabel('INSZ:')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('heading', { name: 'Gebruikers', level: 1 })).toBeVisible();
  await expect(page.getByText('12 items gevonden.')).toBeVisible();
  await expectAccessible(page, 'Toegangsbeheer Gebruikers, INSZ refused');
  const field = add.getByLabel('INSZ:');
  await tabTo(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('86.04.12-057.59');
  await press(page, add.getByRole('button', { name: 'Volgende' }));
  await expect(page.getByRole('heading', { name: 'Een gebruiker aanmaken', level: 1 })).toBeVisible();
  await expect(page.getByRole('status', { name: 'INSZ :' })).toHaveText('86.04.12-057.59');
  // "Annuleren" leads back to the list, with nothing added.
  await press(page, page.getByRole('button', { name: 'Annuleren' }));
  await expect(page.getByText('12 items gevonden.')).toBeVisible();
});

test('issue 11 (review): the bottom INSZ field in French', async ({ page }) => {
  await annInFrench(page);
  await page.getByLabel("Numéro d'entreprise :").selectOption('0212333592');
  await page.getByRole('link', { name: '(Gestionnaire local)' }).click();
  await page.getByRole('navigation', { name: 'Fonctionnalités' }).getByRole('link', { name: 'Utilisateurs', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Utilisateurs', level: 1 })).toBeVisible();
  const add = page.getByRole('form', { name: 'Ajouter un utilisateur' });
  await add.getByLabel('NISS :').fill('123');
  await add.getByRole('button', { name: 'Suivant' }).click();
  await expect(add.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'Toegangsbeheer Utilisateurs, NISS refusé (fr)');
});

test('issue 11 (review): guided "Een gebruiker toevoegen in Toegangsbeheer" takes the INSZ at the bottom of the list too', async ({ page }) => {
  const panel = page.getByRole('complementary', { name: "Scenario's" });
  await page.goto('./');
  await panel.getByRole('button', { name: 'Begeleid: Een gebruiker toevoegen in Toegangsbeheer' }).click();
  await expect(page.getByRole('heading', { name: "OCMW's & POD Maatschappelijke Integratie", level: 1 })).toBeVisible();
  const flow = new LoginFlow(page);
  await page.getByRole('link', { name: 'Toegangsbeheer', exact: true }).click();
  await flow.toCertificateChoice();
  await flow.chooseCertificate('Ann Wouters');
  await flow.enterPin('4711');
  await page.getByLabel('Ondernemingsnummer:').selectOption({ label: '0212.333.592 - OCMW HERSTAPPE' });
  await page.getByRole('link', { name: '(Lokale Beheerder)' }).click();
  await page.getByRole('navigation', { name: 'Functionaliteiten' }).getByRole('link', { name: 'Gebruikers', exact: true }).click();
  await expect(panel.getByText('Rechts onderaan kan u een gebruiker toevoegen door het INSZ in te vullen', { exact: false })).toBeVisible();
  const add = page.getByRole('form', { name: 'Een gebruiker toevoegen' });
  await add.getByLabel('INSZ:').fill('86.04.12-057.59');
  await add.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('heading', { name: 'Een gebruiker aanmaken', level: 1 })).toBeVisible();
  await expect(panel.getByText('Vul de gegevens aan: twee keer de gebruikersnaam (bpeeters)', { exact: false })).toBeVisible();
});

test('issue 11 (review): the welcome page gives the enterprise\'s and the capacity\'s own Ondernemingsnummer and Creatiedatum, NL and FR', async ({ page }) => {
  await annInToegangsbeheer(page);
  await page.getByLabel('Ondernemingsnummer:').selectOption('0212333592');
  await page.getByRole('link', { name: '(Lokale Beheerder)' }).click();
  await expect(page.getByText('Denk eraan om de door u beheerde hoedanigheidsgegevens regelmatig te verifiëren.')).toBeVisible();
  const terms = page.locator('dl.tb-details');
  await expect(terms.locator('dt')).toHaveText(['Benaming:', 'Ondernemingsnummer:', 'Creatiedatum:', 'Hoedanigheid:', 'Ondernemingsnummer:', 'Creatiedatum:', 'E-mailadres:']);
  await expect(terms.locator('dd')).toHaveText(['OCMW HERSTAPPE', '0212.333.592', '12/08/2022', 'Maatschappelijk Welzijn', '0212.333.592', '05/08/2024', /@/]);
  await expectAccessible(page, 'Toegangsbeheer welkom Lokale Beheerder');
});

test('issue 11 (review): the welcome page in French', async ({ page }) => {
  await annInFrench(page);
  await page.getByLabel("Numéro d'entreprise :").selectOption('0212333592');
  await page.getByRole('link', { name: '(Gestionnaire local)' }).click();
  const terms = page.locator('dl.tb-details');
  await expect(terms.locator('dt')).toHaveText(['Dénomination :', "Numéro d'entreprise :", 'Date de création :', 'Qualité :', "Numéro d'entreprise :", 'Date de création :', 'Adresse e-mail :']);
  await expect(terms.locator('dd').nth(2)).toHaveText('12/08/2022');
  await expect(terms.locator('dd').nth(5)).toHaveText('05/08/2024');
  await expectAccessible(page, 'Toegangsbeheer accueil gestionnaire local (fr)');
});

test('issue 11 (review): the note on old terms in the document\'s sentence, NL and FR', async ({ page }) => {
  await annInToegangsbeheer(page);
  await expect(page.getByRole('heading', { name: 'Merk op: In de volgende schermen ziet u mogelijks nog het gebruik van oude termen:', level: 2 })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Hoofdtoegangsbeheerder (HTB)' })).toBeVisible();
});

test('issue 11 (review): the note on old terms in French', async ({ page }) => {
  await annInFrench(page);
  await expect(page.getByRole('heading', { name: "Remarque : dans les écrans suivants, vous verrez peut-être encore d'anciens termes :", level: 2 })).toBeVisible();
});

for (const [width, check] of [
  [1366, 'the table\'s right edge is inside its panel'],
  [1024, 'nothing scrolls the page sideways; the table scrolls in its own region, by keyboard too'],
] as const) {
  test(`issue 11 (review): "Gebruikers" at ${width}×768: ${check}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 768 });
    await annInToegangsbeheer(page);
    await openUsers(page);
    const region = page.getByRole('region', { name: /^Gebruikers: tabel/ });
    const table = region.getByRole('table');
    const panel = page.getByRole('region', { name: 'Gesimuleerde browser' }).getByRole('main');
    const t = (await table.boundingBox())!;
    const r = (await region.boundingBox())!;
    const p = (await panel.boundingBox())!;
    expect(r.x + r.width).toBeLessThanOrEqual(p.x + p.width + 0.5);
    // INSZ and Type on one line.
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Wouters' }) });
    const lineHeight = async (name: string) => (await row.getByRole('cell', { name, exact: true }).boundingBox())!.height;
    expect(await lineHeight('71.09.11-206.48')).toBeLessThan(40);
    expect(await lineHeight('LB')).toBeLessThan(40);
    const colb = table.getByRole('cell', { name: 'Co-LB', exact: true }).first();
    const colbBox = (await colb.boundingBox())!;
    expect(colbBox.height).toBeLessThan(40);
    if (width === 1366) expect(t.x + t.width).toBeLessThanOrEqual(p.x + p.width + 0.5);
    const pageScrolls = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    expect(pageScrolls).toBe(false);
    if (t.width > r.width + 1) {
      await tabTo(page, region);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('End');
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    }
    await page.screenshot({ path: `test-results/tb-users-${width}.png` });
    await expectAccessible(page, `Toegangsbeheer Gebruikers ${width}`);
  });
}
