import type { Page } from '@playwright/test';
import { expectAccessible, expect, test } from './support/fixtures';
import { Primaweb } from './support/primaweb.page';
import { openDate } from './support/tools';

test.describe.configure({ timeout: 90_000 });

async function openSarasFile(page: Page) {
  const pw = new Primaweb(page);
  await pw.flow.open();
  await pw.login('lotte', 'Sociale Agent');
  await page.getByRole('button', { name: 'Opzoeken van een dossier' }).click();
  await page.getByLabel('Naam of INSZ').fill('90.04.12-214.83');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('button', { name: 'Openen: Janssens Sara' }).click();
  await expect(page.getByRole('heading', { name: 'Huidige aanvraag', level: 1 })).toBeVisible();
}

const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });

async function fillPeriod(page: Page, start: string, end: string) {
  await field(page, 'Begindatum *').fill(start);
  await field(page, 'Einddatum').fill(end);
}

test('search a file, and keep the household up to date', async ({ page }) => {
  await openSarasFile(page);
  await page.getByRole('navigation', { name: 'Menu van de aanvraag' }).getByRole('button', { name: 'Gezinssamenstelling' }).click();
  await expect(page.getByRole('row', { name: /Janssens Sara/ })).toContainText('Hoofdbegunstigde');
  await page.getByRole('button', { name: 'Weglaten: Peeters Noah' }).click();
  await expect(page.getByRole('row', { name: /Peeters Noah/ })).toHaveCount(0);
  await page.getByLabel('Persoon', { exact: true }).selectOption({ label: 'Peeters Noah (18.11.22-057.58)' });
  await page.getByLabel('Rol in het gezin').selectOption('kind');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(page.getByRole('row', { name: /Peeters Noah/ })).toContainText('Kind');
  await page.getByLabel('Persoon', { exact: true }).selectOption({ label: 'El Amrani Youssef (75.02.08-311.68)' });
  await page.getByLabel('Rol in het gezin').selectOption('partner');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(page.getByText('Het gezin heeft al een partner.')).toBeVisible();
  await expectAccessible(page, 'household');
});

test("integrate, then both disintegration examples of the manual, with the exact remaining periods", async ({ page }) => {
  await openSarasFile(page);
  await page.getByRole('button', { name: 'Integraties – Desintegraties' }).click();
  // The calendar beside a date field writes the picked day as dd/mm/jjjj.
  await page.getByLabel('Kalender: Begindatum', { exact: true }).fill('2014-12-01');
  await expect(field(page, 'Begindatum *')).toHaveValue('01/12/2014');
  await field(page, 'Einddatum').fill('31/01/2015');
  await page.getByLabel('Hoedanigheidscode *').selectOption('01');
  await page.getByRole('checkbox', { name: 'Selecteren: Peeters Tom' }).check();
  await page.getByRole('button', { name: 'Integreren', exact: true }).click();
  await expect(page.getByRole('row', { name: /Peeters Tom/ })).toContainText('Geïntegreerd: 01/12/2014 – 31/01/2015');

  await fillPeriod(page, '01/01/2015', '14/01/2015');
  await page.getByRole('button', { name: 'Desintegreren', exact: true }).click();
  await page.getByRole('button', { name: 'Laatste integraties per hoedanigheidscode van Peeters Tom' }).click();
  await expect(page.getByText('01 – dossier in onderzoek (max 2 maanden): 01/12/2014 – 31/12/2014; 15/01/2015 – 31/01/2015')).toBeVisible();

  await fillPeriod(page, '01/01/2015', '');
  await page.getByRole('button', { name: 'Desintegreren', exact: true }).click();
  await expect(page.getByText('01 – dossier in onderzoek (max 2 maanden): 01/12/2014 – 31/12/2014', { exact: true })).toBeVisible();
  await expectAccessible(page, 'integrations with results and details');
});

test('every refusal has its message, and changes nothing', async ({ page }) => {
  await openSarasFile(page);
  await page.getByRole('button', { name: 'Integraties – Desintegraties' }).click();
  await page.getByRole('button', { name: 'Integreren', exact: true }).click();
  await expect(page.getByText('Vul deze datum in.')).toBeVisible();
  await expect(page.getByText('Er werd niets uitgevoerd: verbeter de aangeduide velden.')).toBeVisible();
  await fillPeriod(page, '31/02/2025', '1/3/2025');
  await page.getByRole('button', { name: 'Integreren', exact: true }).click();
  await expect(page.getByText('Deze datum bestaat niet.')).toBeVisible();
  await expect(page.getByText('Typ de datum als dd/mm/jjjj.')).toBeVisible();
  await fillPeriod(page, '01/03/2025', '01/02/2025');
  await page.getByLabel('Hoedanigheidscode *').selectOption('02');
  await page.getByRole('checkbox', { name: 'Selecteren: Janssens Sara' }).check();
  await page.getByRole('button', { name: 'Integreren', exact: true }).click();
  await expect(page.getByText('De einddatum ligt voor de begindatum.')).toBeVisible();
  await fillPeriod(page, '01/02/2025', '01/05/2025');
  await page.getByLabel('Hoedanigheidscode *').selectOption('01');
  await page.getByRole('button', { name: 'Integreren', exact: true }).click();
  await expect(page.getByRole('row', { name: /Janssens Sara/ })).toContainText('De periode is langer dan de maximale duur van deze code.');
  await page.getByLabel('Hoedanigheidscode *').selectOption('11');
  await page.getByRole('button', { name: 'Integreren', exact: true }).click();
  await expect(page.getByRole('row', { name: /Janssens Sara/ })).toContainText('De manuele integratie voor deze code is niet mogelijk.');
  await page.getByLabel('Hoedanigheidscode *').selectOption('07');
  await page.getByRole('button', { name: 'Desintegreren', exact: true }).click();
  await expect(page.getByRole('row', { name: /Janssens Sara/ })).toContainText('Geen integratie in deze code tijdens deze periode.');
  await page.getByRole('button', { name: 'Laatste integraties per hoedanigheidscode van Janssens Sara' }).click();
  await expect(page.getByText('01 – dossier in onderzoek (max 2 maanden): 20/01/2025 – 18/02/2025')).toBeVisible();
  await expectAccessible(page, 'integrations with refusals');
});

test('consult the repertory: other OCMWs and institutions too', async ({ page }) => {
  const pw = new Primaweb(page);
  await pw.flow.open();
  await pw.login('lotte', 'Sociale Agent');
  await page.getByRole('button', { name: 'Opzoeken van een dossier' }).click();
  await page.getByLabel('Naam of INSZ').fill('amrani');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('button', { name: 'Openen: El Amrani Youssef' }).click();
  await page.getByRole('button', { name: 'Integraties – Desintegraties' }).click();
  const consult = page.getByRole('region', { name: 'Raadplegen' });
  await consult.getByRole('button', { name: 'Raadplegen' }).click();
  await expect(consult.getByText('Maak een keuze.')).toBeVisible();
  await consult.getByLabel('Persoon *').selectOption({ label: 'El Amrani Youssef' });
  await consult.getByRole('textbox', { name: 'Begindatum van de raadpleging *' }).fill('01/01/2023');
  await consult.getByRole('textbox', { name: 'Einddatum van de raadpleging *' }).fill('31/12/2025');
  await consult.getByRole('button', { name: 'Raadplegen' }).click();
  const table = consult.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1)).toContainText('OCMW HERSTAPPE');
  await expect(table.getByRole('row').nth(2)).toContainText('OCMW VAN KOEKELBERG');
  await expect(table.getByRole('row').nth(2)).toContainText('01/03/2023 – 29/02/2024');
  await expectAccessible(page, 'consultation');
});

test('the files in French', async ({ page }) => {
  const pw = new Primaweb(page);
  await pw.flow.open();
  await pw.login('lotte', 'Sociale Agent');
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('fr');
  await page.getByRole('button', { name: "Recherche d'un dossier" }).click();
  await page.getByLabel('Nom ou NISS').fill('Janssens');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await page.getByRole('button', { name: 'Ouvrir: Janssens Sara' }).click();
  await page.getByRole('button', { name: 'Intégrations – Désintégrations' }).click();
  await page.getByRole('button', { name: 'Intégrer', exact: true }).click();
  await expect(page.getByText('Complétez cette date.')).toBeVisible();
  await expectAccessible(page, 'integrations in French');
});

test('form B: the overview shows the planned integrations; refused while the partner lacks code 01; sending integrates', async ({ page }) => {
  await openSarasFile(page);
  await page.getByRole('button', { name: 'Formulieren' }).click();
  await page.getByRole('button', { name: 'Overzicht' }).click();
  await expect(page.getByText('Maak een keuze.')).toBeVisible();
  await expectAccessible(page, 'form B with errors');
  await page.getByLabel('Toegekende steun *').selectOption('leefloon');
  await page.getByLabel('Datum van invoegetreding *').fill('01/02/2025');
  await page.getByRole('checkbox', { name: /Peeters Lien/ }).check();
  await page.getByRole('button', { name: 'Overzicht' }).click();
  const planned = page.getByRole('table', { name: 'Integraties die PrimaWeb zal aanvragen' });
  await expect(planned.getByRole('row')).toHaveCount(4);
  await expect(planned).toContainText('01/02/2025 – 31/01/2026');
  await page.getByRole('button', { name: 'Verzenden', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Peeters Tom: niet geïntegreerd in code 01 op 03/02/2025');
  await expectAccessible(page, 'form B overview, refused');

  // Integrate Tom in code 01, then send again.
  await page.getByRole('button', { name: 'Integraties – Desintegraties' }).click();
  await fillPeriod(page, '20/01/2025', '');
  await page.getByLabel('Hoedanigheidscode *').selectOption('01');
  await page.getByRole('checkbox', { name: 'Selecteren: Peeters Tom' }).check();
  await page.getByRole('button', { name: 'Integreren', exact: true }).click();
  await page.getByRole('button', { name: 'Formulieren' }).click();
  await page.getByLabel('Toegekende steun *').selectOption('leefloon');
  await page.getByLabel('Datum van invoegetreding *').fill('01/02/2025');
  await page.getByRole('button', { name: 'Overzicht' }).click();
  await page.getByRole('button', { name: 'Verzenden', exact: true }).click();
  await expect(page.getByText('Formulier B werd verzonden.')).toBeVisible();
  await page.getByRole('button', { name: 'Tijdlijn van de integraties' }).click();
  const text = page.getByRole('table', { name: 'Dezelfde integraties als tekst' });
  await expect(text.getByRole('row', { name: /Janssens Sara.*02 – dossier leefloon/ })).toContainText('01/02/2025 – 31/01/2026');
  await expect(page.getByRole('img', { name: /de verticale lijn is de gesimuleerde datum \(03\/02\/2025\)/ })).toBeVisible();
  await expectAccessible(page, 'timeline');
});

test('form C is sent without disintegration, and says to disintegrate by hand', async ({ page }) => {
  await openSarasFile(page);
  await page.getByRole('button', { name: 'Formulieren' }).click();
  await page.getByRole('radio', { name: 'Formulier C (stopzetting/weigering)' }).check();
  await page.getByLabel('Datum van invoegetreding *').fill('31/02/2025');
  await page.getByRole('button', { name: 'Overzicht' }).click();
  await expect(page.getByText('Deze datum bestaat niet.')).toBeVisible();
  await page.getByLabel('Datum van invoegetreding *').fill('01/03/2025');
  await page.getByRole('button', { name: 'Overzicht' }).click();
  await expect(page.getByRole('note')).toContainText('zal PrimaWeb niet automatisch de desintegratie doorsturen');
  await page.getByRole('button', { name: 'Verzenden', exact: true }).click();
  await expect(page.getByText('Formulier C werd verzonden.')).toBeVisible();
  await page.getByRole('button', { name: 'Tijdlijn van de integraties' }).click();
  await expect(page.getByRole('table', { name: 'Dezelfde integraties als tekst' })).toContainText('20/01/2025 – 18/02/2025');
});

test('basic rules check, and the simulated date makes a maximum period run out', async ({ page }) => {
  await openSarasFile(page);
  await page.getByRole('button', { name: 'Basisregels' }).click();
  await page.getByLabel('Persoon *').selectOption({ label: 'Janssens Sara' });
  await page.getByLabel('Dag van de raadpleging *').fill('03/02/2025');
  await page.getByRole('button', { name: 'Nakijken' }).click();
  await expect(page.getByText('Toegelaten.')).toBeVisible();
  await expect(page.getByText('Regel: voor de meeste KSZ-stromen')).toBeVisible();
  await page.getByLabel('Dag van de raadpleging *').fill('19/02/2025');
  await page.getByRole('button', { name: 'Nakijken' }).click();
  await expect(page.getByText('Niet toegelaten.')).toBeVisible();
  await expect(page.getByText('niet geïntegreerd in code 01 op 19/02/2025')).toBeVisible();
  await page.getByLabel('Handeling').selectOption('attest');
  await page.getByRole('textbox', { name: 'Begindatum *' }).fill('01/02/2025');
  await page.getByRole('textbox', { name: 'Einddatum *' }).fill('31/02/2025');
  await page.getByRole('button', { name: 'Nakijken' }).click();
  await expect(page.getByText('Deze datum bestaat niet.')).toBeVisible();
  await expectAccessible(page, 'basic rules');

  // Trainer: move the simulated date; the automatic code 01 of Sara's request is then over.
  await openDate(page);
  await page.getByLabel(/Gesimuleerde datum/).fill('30/02/2025');
  await page.getByRole('button', { name: 'Datum wijzigen' }).click();
  await expect(page.getByRole('banner').getByText('Deze datum bestaat niet.')).toBeVisible();
  await page.getByLabel(/Gesimuleerde datum/).fill('01/03/2025');
  await page.getByRole('button', { name: 'Datum wijzigen' }).click();
  await expect(page.getByText('Gesimuleerde datum: 01/03/2025')).toBeVisible();
  await page.getByRole('button', { name: 'Tijdlijn van de integraties' }).click();
  await expect(page.getByRole('row', { name: /Janssens Sara.*01 – dossier in onderzoek/ })).toContainText('afgelopen');
  await page.reload();
  await expect(page.getByText('Gesimuleerde datum: 01/03/2025')).toBeVisible();
});

test('a household member finds the file they belong to', async ({ page }) => {
  const pw = new Primaweb(page);
  await pw.flow.open();
  await pw.login('lotte', 'Sociale Agent');
  await page.getByRole('button', { name: 'Opzoeken van een dossier' }).click();
  await page.getByLabel('Naam of INSZ').fill('Peeters');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByRole('table', { name: '3 dossier(s) gevonden' })).toBeVisible();
  await expectAccessible(page, 'search results');
  await page.getByRole('button', { name: 'Openen: Peeters Noah' }).click();
  await expect(page.getByText('Janssens Sara — 90.04.12-214.83')).toBeVisible();
  await page.getByRole('button', { name: 'Terug naar het opzoeken' }).click();
  await page.getByLabel('Naam of INSZ').fill('Onbekend');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByText('Geen dossier gevonden.')).toBeVisible();
});

test('a new request integrates its main beneficiary in code 01 for 30 days', async ({ page }) => {
  const pw = new Primaweb(page);
  await pw.flow.open();
  await pw.login('lotte', 'Sociale Agent');
  await page.getByRole('button', { name: 'Opzoeken van een dossier' }).click();
  await page.getByLabel('Naam of INSZ').fill('Jeanne');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('button', { name: 'Een nieuwe aanvraag registreren voor Dubois Jeanne' }).click();
  await expect(page.getByText('Dubois Jeanne — 39.03.01-092.39')).toBeVisible();
  await page.getByRole('button', { name: 'Tijdlijn van de integraties' }).click();
  await expect(page.getByRole('table', { name: 'Dezelfde integraties als tekst' })).toContainText('03/02/2025 – 04/03/2025');
});
