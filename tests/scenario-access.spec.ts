import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { Primaweb } from './support/primaweb.page';

test.describe.configure({ timeout: 90_000 });

const panel = (page: Page) => page.getByRole('complementary', { name: "Scenario's" });
const startGuided = async (page: Page, title: string) => {
  await page.goto('./');
  await panel(page).getByRole('button', { name: `Begeleid: ${title}` }).click();
};
const done = (page: Page) => expect(panel(page).getByText('Scenario voltooid!')).toBeVisible();

test('guided "Mijn toegangen raadplegen"', async ({ page }) => {
  await page.addInitScript(() => (window.print = () => {}));
  await startGuided(page, 'Mijn toegangen raadplegen');
  await expect(page.getByRole('button', { name: 'Mijn toegangen', exact: true })).toHaveClass(/sim-highlight/);
  await page.getByRole('button', { name: 'Mijn toegangen', exact: true }).click();
  await page.getByRole('button', { name: 'Afdrukken' }).click();
  await expect(panel(page).getByRole('alert')).toContainText('Dat is niet de volgende stap');
  await page.getByRole('button', { name: /Functies van het profiel/ }).click();
  await page.getByRole('button', { name: 'Afdrukken' }).click();
  await done(page);
});

test('guided "Een profiel creëren met een voorgedefinieerd profiel"', async ({ page }) => {
  const pw = new Primaweb(page);
  await startGuided(page, 'Een profiel creëren met een voorgedefinieerd profiel');
  await pw.openManagement();
  await page.getByRole('button', { name: 'Weglaten: Alle functionaliteiten' }).click();
  await expect(panel(page).getByRole('alert')).toContainText('Dat is niet de volgende stap');
  await page.getByRole('button', { name: 'Een profiel creëren', exact: true }).click();
  await page.getByLabel('Beschrijving (Nederlands) *').fill('Maatschappelijk werker');
  await page.getByLabel('Beschrijving (Frans) *').fill('Travailleur social');
  await expect(panel(page).getByText('Stap 4 van 5')).toBeVisible();
  await pw.applyPredefined('Maatschappelijk werker');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await done(page);
  await expect(pw.profilesTable().getByRole('rowheader', { name: 'Maatschappelijk werker' })).toBeVisible();
});

test('guided "Een profiel toekennen aan een gebruiker", across two personas', async ({ page }) => {
  const pw = new Primaweb(page);
  await startGuided(page, 'Een profiel toekennen aan een gebruiker');
  await pw.openManagement();
  await page.getByRole('button', { name: 'Profielen toekennen: Claes Pieter' }).click();
  await page.getByRole('dialog').getByRole('checkbox', { name: 'Maatschappelijk werker' }).check();
  await page.getByRole('dialog').getByRole('button', { name: 'Bewaren' }).click();
  await page.getByRole('button', { name: 'Afmelden' }).click();
  // A stray card is refused: the step asks for Pieter's.
  await pw.flow.insertCard(/^Ann Wouters/);
  await expect(panel(page).getByRole('alert')).toContainText('Dat is niet de volgende stap');
  await expect(page.getByText('Kaart van Lotte Vermeulen')).toBeVisible();
  await pw.flow.insertCard(/^Pieter Claes/);
  await pw.flow.loginUntilApplication('Pieter Claes', '2580');
  await expect(page.getByRole('heading', { name: 'Hulpaanvragen' })).toBeVisible();
  await page.getByRole('button', { name: 'Mijn toegangen', exact: true }).click();
  await done(page);
  await expect(page.getByRole('rowheader', { name: 'Maatschappelijk werker' })).toBeVisible();
});

test('guided "Een profiel verwijderen": first the refusal, then after removing the assignment', async ({ page }) => {
  const pw = new Primaweb(page);
  await startGuided(page, 'Een profiel verwijderen');
  await pw.openManagement();
  await page.getByRole('button', { name: 'Weglaten: Onthaal' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('nog minstens aan één gebruiker toegekend');
  await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
  await page.getByRole('button', { name: 'Profielen toekennen: Claes Pieter' }).click();
  await page.getByRole('dialog').getByRole('checkbox', { name: 'Onthaal' }).uncheck();
  await page.getByRole('dialog').getByRole('button', { name: 'Bewaren' }).click();
  await page.getByRole('button', { name: 'Weglaten: Onthaal' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  await done(page);
  await expect(pw.profilesTable().getByRole('rowheader', { name: 'Onthaal' })).toHaveCount(0);
});

test('guided "Een gebruiker deactiveren en reactiveren", keyboard only', async ({ page }) => {
  await startGuided(page, 'Een gebruiker deactiveren en reactiveren');
  const press = async (name: string | RegExp) => {
    const target = page.getByRole('button', { name });
    for (let i = 0; i < 80 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
  };
  await press('Beheer van de toegangen van de gebruikers van het OCMW');
  await press('Deactiveren: Claes Pieter');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'OK' })).toBeFocused();
  await page.keyboard.press('Enter');
  await press('Inactieve gebruikers tonen');
  await press('Reactiveren: Claes Pieter');
  await done(page);
  await expect(page.getByRole('row', { name: /Claes Pieter/ })).toContainText('Geen profiel');
});

test('demo of an access scenario, and its progress after a reload', async ({ page }) => {
  await page.goto('./');
  await panel(page).getByRole('button', { name: 'Demo: Een gebruiker deactiveren en reactiveren' }).click();
  for (let i = 0; i < 5; i++) await panel(page).getByRole('button', { name: 'Volgende' }).click();
  await done(page);
  await panel(page).getByRole('button', { name: 'Sluiten' }).click();
  await page.reload();
  const item = panel(page).getByRole('listitem').filter({ hasText: 'Een gebruiker deactiveren en reactiveren' });
  await expect(item.getByText('✓ Demo')).toBeVisible();
});
