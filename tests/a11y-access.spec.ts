import { expectAccessible, expect, test } from './support/fixtures';
import { Primaweb } from './support/primaweb.page';

test.describe.configure({ timeout: 120_000 });

test('axe: every screen and dialog of access management', async ({ page }) => {
  const pw = new Primaweb(page);
  await pw.flow.open();
  await pw.login('lotte', 'PrimaWeb beheer');
  await expectAccessible(page, 'PrimaWeb beheer home');
  await page.getByRole('button', { name: 'Mijn toegangen', exact: true }).click();
  await page.getByRole('button', { name: 'Functies van het profiel Alle functionaliteiten tonen' }).click();
  await expectAccessible(page, 'Mijn toegangen with functions');
  await page.getByRole('button', { name: 'Terug' }).click();
  await pw.openManagement();
  await page.getByText('Vindt u een gebruiker niet terug in de lijst?').click();
  await page.getByRole('button', { name: 'Inactieve gebruikers tonen' }).click();
  await expectAccessible(page, 'management with help and inactive users');
  await page.getByRole('button', { name: 'Inactieve gebruikers tonen' }).click();

  await page.getByRole('button', { name: 'Een profiel creëren', exact: true }).click();
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByText('Vul de beschrijving in')).toBeVisible();
  await page.getByRole('button', { name: 'Details van de functie Beslissingen' }).click();
  await expectAccessible(page, 'profile editor with error and details');
  await page.getByLabel('Beschrijving (Nederlands) *').fill('Aanvragen');
  await page.getByLabel('Beschrijving (Frans) *').fill('Demandes');
  await page.getByRole('checkbox', { name: 'Lijst van de hulpaanvragen' }).check();
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expectAccessible(page, 'dependency warning');
  await page.getByRole('button', { name: 'Aanvullen en bewaren' }).click();

  await page.getByRole('button', { name: 'Weglaten: Alle functionaliteiten' }).click();
  await expectAccessible(page, 'delete confirmation');
  await page.getByRole('button', { name: 'OK' }).click();
  await expectAccessible(page, 'delete refused');
  await page.getByRole('button', { name: 'OK' }).click();
  await page.getByRole('button', { name: 'Profielen toekennen: Vermeulen Lotte' }).click();
  await expectAccessible(page, 'assignment window');
  await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();
  await page.getByRole('button', { name: 'Deactiveren: Vermeulen Lotte' }).click();
  await expectAccessible(page, 'deactivation confirmation');
  await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();
  await page.getByRole('button', { name: 'Afdrukken: Aanvragen' }).click();
  await expectAccessible(page, 'print view of a profile');
  await page.getByRole('button', { name: 'Terug' }).click();
  await page.getByRole('button', { name: 'Afdrukken: Vermeulen Lotte' }).click();
  await page.getByRole('button', { name: 'Functies van het profiel Alle functionaliteiten tonen' }).click();
  await expectAccessible(page, 'print view of a user');
});

test('keyboard: dialogs take the focus and give it back', async ({ page }) => {
  const pw = new Primaweb(page);
  await pw.flow.open();
  await pw.login('lotte', 'PrimaWeb beheer');
  await pw.openManagement();
  const opener = page.getByRole('button', { name: 'Profielen toekennen: Vermeulen Lotte' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const checkbox = page.getByRole('dialog').getByRole('checkbox', { name: 'Alle functionaliteiten' });
  await expect(checkbox).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(opener).toBeFocused();
});
