import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

test.describe.configure({ timeout: 90_000 });

const panel = (page: Page) => page.getByRole('complementary', { name: "Scenario's" });
const startGuided = async (page: Page, title: string) => {
  await page.goto('./');
  await panel(page).getByRole('button', { name: `Begeleid: ${title}`, exact: true }).click();
};
const done = (page: Page) => expect(panel(page).getByText('Scenario voltooid!')).toBeVisible();
const openFile = async (page: Page, query: string, who: string) => {
  await page.getByRole('button', { name: 'Opzoeken van een dossier' }).click();
  await page.getByLabel('Naam of INSZ').fill(query);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('button', { name: `Openen: ${who}` }).click();
};
const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });

test('guided "Een gezinslid manueel integreren"', async ({ page }) => {
  await startGuided(page, 'Een gezinslid manueel integreren');
  await openFile(page, 'Janssens', 'Janssens Sara');
  // Going straight to the integrations is refused: first check the household.
  await page.getByRole('button', { name: 'Integraties – Desintegraties' }).click();
  await expect(panel(page).getByRole('alert')).toContainText('Dat is niet de volgende stap');
  await page.getByRole('button', { name: 'Gezinssamenstelling' }).click();
  await page.getByRole('button', { name: 'Integraties – Desintegraties' }).click();
  await field(page, 'Begindatum *').fill('03/02/2025');
  await page.getByLabel('Hoedanigheidscode *').selectOption('01');
  await page.getByRole('checkbox', { name: 'Selecteren: Peeters Tom' }).check();
  await page.getByRole('button', { name: 'Integreren', exact: true }).click();
  await page.getByRole('button', { name: 'Laatste integraties per hoedanigheidscode van Peeters Tom' }).click();
  await done(page);
});

test('guided "Een persoon desintegreren voor een deel van de periode": the manual’s example', async ({ page }) => {
  await startGuided(page, 'Een persoon desintegreren voor een deel van de periode');
  await openFile(page, 'Janssens', 'Janssens Sara');
  await page.getByRole('button', { name: 'Integraties – Desintegraties' }).click();
  await field(page, 'Begindatum *').fill('01/01/2015');
  await field(page, 'Einddatum').fill('14/01/2015');
  await page.getByLabel('Hoedanigheidscode *').selectOption('01');
  await page.getByRole('checkbox', { name: 'Selecteren: Peeters Tom' }).check();
  await page.getByRole('button', { name: 'Desintegreren', exact: true }).click();
  await page.getByRole('button', { name: 'Laatste integraties per hoedanigheidscode van Peeters Tom' }).click();
  await expect(page.getByText('01/12/2014 – 31/12/2014; 15/01/2015 – 31/01/2015')).toBeVisible();
  await done(page);
});

test('guided "De integraties raadplegen", keyboard only', async ({ page }) => {
  await startGuided(page, 'De integraties raadplegen');
  const focus = async (target: import('@playwright/test').Locator) => {
    for (let i = 0; i < 120 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
  };
  await focus(page.getByRole('button', { name: 'Opzoeken van een dossier' }));
  await page.keyboard.press('Enter');
  await focus(page.getByLabel('Naam of INSZ'));
  await page.keyboard.type('El Amrani');
  await page.keyboard.press('Enter');
  await focus(page.getByRole('button', { name: 'Openen: El Amrani Youssef' }));
  await page.keyboard.press('Enter');
  await focus(page.getByRole('button', { name: 'Integraties – Desintegraties' }));
  await page.keyboard.press('Enter');
  const consult = page.getByRole('region', { name: 'Raadplegen' });
  await focus(consult.getByLabel('Persoon *'));
  await page.keyboard.press('ArrowDown');
  await expect(consult.getByLabel('Persoon *')).toHaveValue('youssef');
  await focus(consult.getByRole('textbox', { name: 'Begindatum van de raadpleging *' }));
  await page.keyboard.type('01/01/2023');
  // Past the calendar aid to the end date.
  await focus(consult.getByRole('textbox', { name: 'Einddatum van de raadpleging *' }));
  await page.keyboard.type('31/12/2025');
  await page.keyboard.press('Enter');
  await done(page);
  await expect(consult.getByRole('table')).toContainText('OCMW VAN KOEKELBERG');
});

test('guided "Automatische integratie bij het verzenden van formulier B"', async ({ page }) => {
  await startGuided(page, 'Automatische integratie bij het verzenden van formulier B');
  await openFile(page, 'Janssens', 'Janssens Sara');
  await page.getByRole('button', { name: 'Formulieren' }).click();
  await page.getByLabel('Toegekende steun *').selectOption('leefloon');
  await page.getByLabel('Datum van invoegetreding *').fill('01/02/2025');
  await page.getByRole('button', { name: 'Overzicht' }).click();
  await expect(page.getByRole('table', { name: 'Integraties die PrimaWeb zal aanvragen' })).toContainText('Peeters Tom');
  await page.getByRole('button', { name: 'Verzenden', exact: true }).click();
  await done(page);
});

test('guided "Formulier C: manueel desintegreren"', async ({ page }) => {
  await startGuided(page, 'Formulier C: manueel desintegreren');
  await openFile(page, 'Janssens', 'Janssens Sara');
  await page.getByRole('button', { name: 'Formulieren' }).click();
  await page.getByRole('radio', { name: 'Formulier C (stopzetting/weigering)' }).check();
  await page.getByLabel('Datum van invoegetreding *').fill('01/03/2025');
  await page.getByRole('button', { name: 'Overzicht' }).click();
  await page.getByRole('button', { name: 'Verzenden', exact: true }).click();
  await page.getByRole('button', { name: 'Integraties – Desintegraties' }).click();
  await field(page, 'Begindatum *').fill('01/03/2025');
  await page.getByLabel('Hoedanigheidscode *').selectOption('02');
  await page.getByRole('checkbox', { name: 'Selecteren: Janssens Sara' }).check();
  await page.getByRole('button', { name: 'Desintegreren', exact: true }).click();
  await done(page);
});
