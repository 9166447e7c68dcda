import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { OCMW_ONLINE_PERMISSIONS } from './support/chaman.page';
import { eidWithKeyboard, loginWithKeyboard, press, tabTo, typeInto } from './support/keyboard';

test.describe.configure({ timeout: 120_000 });

const panel = (page: Page) => page.getByRole('complementary', { name: "Scenario's" });
const done = (page: Page) => expect(panel(page).getByText('Scenario voltooid!')).toBeVisible();

/** Lotte logs in to OCMW-configuratie with the keyboard and chooses the role "OCMW-configuratie". */
async function ocmwConfigAsLotteWithKeyboard(page: Page) {
  await loginWithKeyboard(page, 'OCMW-configuratie', 'Lotte Vermeulen', '1234');
  await press(page, page.getByRole('button', { name: /^OCMW HERSTAPPE/ }));
  await tabTo(page, page.getByLabel('Rol'));
  await page.keyboard.press('ArrowDown');
  await press(page, page.getByRole('button', { name: 'kiezen' }));
}

/** From ChaMan's service page, Ann logs in with the keyboard and gives her contact details at the first visit. */
async function chamanAsAnnWithKeyboard(page: Page) {
  await press(page, page.getByRole('link', { name: 'ChaMan', exact: true }));
  await press(page, page.getByRole('button', { name: 'Beheer uw technische kanalen' }));
  await press(page, page.getByRole('button', { name: 'Professional' }));
  await eidWithKeyboard(page, 'Ann Wouters', '4711');
  await press(page, page.getByRole('button', { name: /^OCMW HERSTAPPE/ }));
  await typeInto(page, page.getByLabel('Naam*'), 'Ann Wouters');
  await typeInto(page, page.getByLabel('Telefoonnummer*'), '456986532');
  await typeInto(page, page.getByLabel('E-mailadres*'), 'ann.wouters@ocmw-herstappe.be');
  await press(page, page.getByRole('button', { name: 'Bevestigen' }));
}

test('guided "Een gebruiker toevoegen in Toegangsbeheer", keyboard only; Bram can then log in to PrimaWeb', async ({ page }) => {
  await page.goto('./');
  await press(page, panel(page).getByRole('button', { name: 'Begeleid: Een gebruiker toevoegen in Toegangsbeheer' }));
  await expect(page.getByRole('heading', { name: "OCMW's & POD Maatschappelijke Integratie", level: 1 })).toBeVisible();
  // A wrong service is refused with feedback.
  await press(page, page.getByRole('link', { name: 'Prima-Web', exact: true }));
  await expect(panel(page).getByRole('alert')).toContainText('Dat is niet de volgende stap');
  await loginWithKeyboard(page, 'Toegangsbeheer', 'Ann Wouters', '4711');
  await tabTo(page, page.getByLabel('Ondernemingsnummer:'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('link', { name: '(Lokale Beheerder)' })).toBeVisible();
  await press(page, page.getByRole('link', { name: '(Lokale Beheerder)' }));
  await press(page, page.getByRole('navigation', { name: 'Functionaliteiten' }).getByRole('link', { name: 'Gebruikers', exact: true }));
  await press(page, page.getByRole('button', { name: 'Een gebruiker toevoegen', exact: true }));
  await typeInto(page, page.getByLabel('INSZ:'), '85.07.30-033.28');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('alert')).toContainText('Dat is niet het INSZ van Bram Peeters');
  await page.getByLabel('INSZ:').fill('');
  await typeInto(page, page.getByLabel('INSZ:'), '86.04.12-057.59');
  await page.keyboard.press('Enter');
  await typeInto(page, page.getByLabel('Gebruikersnaam (eerste keer) *'), 'bpeeters');
  await typeInto(page, page.getByLabel('Gebruikersnaam (bevestiging) *'), 'bpeeters');
  await typeInto(page, page.getByLabel('Wachtwoord (eerste keer) *'), 'Oefenen!2025');
  await typeInto(page, page.getByLabel('Wachtwoord (bevestiging) *'), 'Oefenen!2025');
  await typeInto(page, page.getByLabel('Naam *', { exact: true }), 'Peeters');
  await typeInto(page, page.getByLabel('Voornaam *'), 'Bram');
  await typeInto(page, page.getByLabel('E-mailadres *'), 'bram.peeters@ocmw-herstappe.be');
  // Without "Sociale Agent" the step says what is missing.
  await press(page, page.getByRole('button', { name: 'Opslaan' }));
  await expect(panel(page).getByRole('alert')).toContainText('Vink de toepassing "Sociale Agent" aan');
  await press(page, page.getByRole('checkbox', { name: 'Sociale Agent' }), 'Space');
  await press(page, page.getByRole('button', { name: 'Opslaan' }));
  await press(page, page.getByRole('button', { name: 'Bevestigen' }));
  await done(page);
  await expectAccessible(page, 'Toegangsbeheer scenario done');
});

test('demo "Mutaties selecteren": every step plays, the table follows', async ({ page }) => {
  await page.goto('./');
  await panel(page).getByRole('button', { name: 'Demo: Mutaties selecteren' }).click();
  // Login (6 steps to the PIN), enterprise, role (no "Applicatie opstarten", issue 11.1), then the table.
  for (let i = 0; i < 9; i++) await panel(page).getByRole('button', { name: 'Volgende', exact: true }).click();
  await done(page);
  await expect(page.getByRole('heading', { name: 'Mutaties', level: 1 })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'MURN Rijksregister', exact: true })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'MUIA Activiteiten van zelfstandigen', exact: true })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^MURG/ })).toBeChecked();
});

test('guided "OCMW Online-meldingen instellen", keyboard only, with the document\'s error first', async ({ page }) => {
  await page.goto('./');
  await press(page, panel(page).getByRole('button', { name: 'Begeleid: OCMW Online-meldingen instellen' }));
  await ocmwConfigAsLotteWithKeyboard(page);
  await press(page, page.getByRole('link', { name: 'OCMW Online' }));
  // In a radio group Tab reaches the chosen option ("nee"); the arrow keys choose another.
  const notifications = page.getByRole('form', { name: 'Notificaties' });
  await tabTo(page, notifications.getByRole('radio', { name: 'nee' }));
  await page.keyboard.press('ArrowUp');
  await expect(notifications.getByRole('radio', { name: 'ja' })).toBeChecked();
  await press(page, notifications.getByRole('button', { name: 'Bewaren' }));
  await expect(page.getByText('Als het verzenden van notificatiemails is geactiveerd, moet er een e-mailadres worden gedefinieerd.')).toBeVisible();
  await typeInto(page, notifications.getByLabel('Adres waarnaar deze e-mails moeten worden verzonden :'), 'onthaal@ocmw-herstappe.be');
  await page.keyboard.press('Enter');
  await expect(notifications.getByText('Uw gegevens zijn bewaard.')).toBeVisible();
  const reminders = page.getByRole('form', { name: 'Herinnering van ongelezen hulpaanvragen' });
  await tabTo(page, reminders.getByRole('radio', { name: 'nee' }));
  await page.keyboard.press('ArrowUp');
  await typeInto(page, reminders.getByLabel('Adres waarnaar deze e-mails moeten worden verzonden :'), 'onthaal@ocmw-herstappe.be');
  await typeInto(page, reminders.getByLabel('Herinneringstermijn :'), '2');
  await typeInto(page, reminders.getByLabel('Herinneringsfrequentie :'), '1');
  await press(page, reminders.getByRole('button', { name: 'Bewaren' }));
  await done(page);
});

test('Toegangsbeheer scenario in French (demo narration and screens)', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Taal', { exact: true }).selectOption('fr');
  const scenarios = page.getByRole('complementary', { name: 'Scénarios' });
  await scenarios.getByRole('button', { name: 'Démo: Ajouter un utilisateur dans la Gestion des accès' }).click();
  await expect(scenarios.getByText('Choisissez le service en ligne « Gestion des accès ».')).toBeVisible();
  for (let i = 0; i < 7; i++) await scenarios.getByRole('button', { name: 'Suivant', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Gestion des accès pour les entreprises et organisations', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: '(Gestionnaire local)' })).toBeVisible();
  await expectAccessible(page, 'Gestion des accès (fr)');
  for (let i = 0; i < 6; i++) await scenarios.getByRole('button', { name: 'Suivant', exact: true }).click();
  await expect(scenarios.getByText('Scénario terminé', { exact: false })).toBeVisible();
  await expect(page.getByText("L'utilisateur bpeeters a été créé.")).toBeVisible();
});

test('guided "Een FTP-account aanmaken in ChaMan", keyboard only, with a refused password first', async ({ page }) => {
  await page.goto('./');
  await press(page, panel(page).getByRole('button', { name: 'Begeleid: Een FTP-account aanmaken in ChaMan' }));
  await press(page, page.getByRole('link', { name: /^Onderneming/ }));
  await typeInto(page, page.getByRole('searchbox', { name: 'Zoeken' }), 'chaman');
  await page.keyboard.press('Enter');
  await chamanAsAnnWithKeyboard(page);
  await press(page, page.getByRole('button', { name: 'Een FTP- of SFTP-account toevoegen' }));
  await tabTo(page, page.getByLabel('Type*'));
  await page.keyboard.press('ArrowDown');
  await typeInto(page, page.getByLabel('Accountnaam*'), 'EXPOCMWHERSTAPPE');
  await press(page, page.getByRole('checkbox', { name: 'Mutaties RijksRegister' }), 'Space');
  await tabTo(page, page.getByLabel('Certificaat*', { exact: true }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Certificaat*', { exact: true })).toHaveValue('ocmw-herstappe-ftp.cer');
  await typeInto(page, page.getByLabel('Certificaatnaam*'), 'OCMW Herstappe FTP');
  await typeInto(page, page.getByLabel('Gebruikersnaam*'), 'ocmwhrst1');
  await typeInto(page, page.getByLabel('Wachtwoord*'), 'Oefenen2025');
  await press(page, page.getByRole('button', { name: 'Bevestigen' }));
  await expect(page.getByText('Het wachtwoord moet minstens 2 niet-alfanumerieke tekens bevatten.')).toBeVisible();
  await page.getByLabel('Wachtwoord*').fill('');
  await typeInto(page, page.getByLabel('Wachtwoord*'), 'Oefen;2025!');
  await page.keyboard.press('Enter');
  await done(page);
  await expect(page.getByRole('rowheader', { name: 'EXPOCMWHERSTAPPE' })).toBeVisible();
});

test('demo "Een REST-account voor OCMW Online aanmaken": the delegation request, then the vendor accepts', async ({ page }) => {
  await page.goto('./');
  await panel(page).getByRole('button', { name: 'Demo: Een REST-account voor OCMW Online aanmaken' }).click();
  // ChaMan opens with the enterprise: no "Applicatie opstarten" step (issue 11.1).
  for (let i = 0; i < 14; i++) await panel(page).getByRole('button', { name: 'Volgende', exact: true }).click();
  await expect(page.getByRole('cell', { name: 'In afwachting van antwoord van de technische tussenpersoon' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Softwareleverancier (simulatie)' })).toBeVisible();
  await panel(page).getByRole('button', { name: 'Volgende', exact: true }).click();
  await done(page);
  await expect(page.getByRole('rowheader', { name: 'OCMW Online' })).toBeVisible();
});

test('guided "Mutaties selecteren", keyboard only', async ({ page }) => {
  await page.goto('./');
  await press(page, panel(page).getByRole('button', { name: 'Begeleid: Mutaties selecteren' }));
  await ocmwConfigAsLotteWithKeyboard(page);
  await press(page, page.getByRole('checkbox', { name: 'MURN Rijksregister', exact: true }), 'Space');
  // Saving with MUIA still ticked is refused with the step's feedback.
  await press(page, page.getByRole('button', { name: 'Bewaren' }));
  await expect(panel(page).getByRole('alert')).toContainText('Vink eerst MURN en MUIA uit');
  await press(page, page.getByRole('checkbox', { name: 'MUIA Activiteiten van zelfstandigen', exact: true }), 'Space');
  await press(page, page.getByRole('button', { name: 'Bewaren' }));
  await done(page);
});

test('guided "Een REST-account voor OCMW Online aanmaken", keyboard only, the vendor played from the simulator bar', async ({ page }) => {
  await page.goto('./');
  await press(page, panel(page).getByRole('button', { name: 'Begeleid: Een REST-account voor OCMW Online aanmaken' }));
  await press(page, page.getByRole('link', { name: /^Onderneming/ }));
  await press(page, page.getByRole('link', { name: 'Naar alle onlinediensten' }));
  await chamanAsAnnWithKeyboard(page);
  await press(page, page.getByRole('button', { name: 'Een Webservice account toevoegen' }));
  const type = page.getByRole('dialog', { name: 'Een Webservice account toevoegen' });
  await tabTo(page, type.getByLabel('Type*'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(type.getByLabel('Type*')).toHaveValue('REST');
  await press(page, type.getByRole('button', { name: 'Bevestigen' }));
  for (const permission of OCMW_ONLINE_PERMISSIONS) await press(page, page.getByRole('checkbox', { name: permission }), 'Space');
  await tabTo(page, page.getByRole('radio', { name: 'Intern beheer - laden van een certificaat' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Extern beheer - een externe onderneming beheert het certificaat' })).toBeChecked();
  await tabTo(page, page.getByLabel('Ondernemingsnummer van de externe onderneming*'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Ondernemingsnummer van de externe onderneming*')).toHaveValue('Cevi - Logins');
  await press(page, page.getByRole('button', { name: 'Bevestigen' }));
  await expect(page.getByRole('cell', { name: 'In afwachting van antwoord van de technische tussenpersoon' })).toBeVisible();
  await press(page, page.getByRole('region', { name: 'Softwareleverancier (simulatie)' }).getByRole('button', { name: 'Aanvaarden' }));
  await done(page);
});
