import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { chamanAsAnnWithKeyboard, OCMW_ONLINE_PERMISSIONS } from './support/chaman.page';
import { press, tabTo, typeInto } from './support/keyboard';
import { eidInFrench, LoginFlow } from './support/login.page';
import { openDateWithKeyboard } from './support/tools';

test.describe.configure({ timeout: 90_000 });

/** Portal home → "Onderneming" → search "ChaMan" → "Go!" → ChaMan → "Beheer uw technische kanalen" → "Professional" → eID. */
async function toChamanLogin(page: Page) {
  await page.getByRole('link', { name: /^Onderneming/ }).click();
  await expect(page.getByRole('heading', { name: 'Onderneming', level: 1 })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('ChaMan');
  await page.getByRole('button', { name: 'Go!' }).click();
  await page.getByRole('link', { name: 'ChaMan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Chaman: beheer van technische kanalen', level: 1 })).toBeVisible();
  await expectAccessible(page, 'ChaMan service page');
  await page.getByRole('button', { name: 'Beheer uw technische kanalen' }).click();
  await expect(page.getByRole('heading', { name: 'In welke doelpubliek wilt u zich aanmelden?' })).toBeVisible();
  await page.getByRole('button', { name: 'Burger' }).click();
  await expect(page.getByText('Dit doelpubliek wordt niet nagebootst in de simulator. Kies "Professional".')).toBeVisible();
  await page.getByRole('button', { name: 'Professional' }).click();
  await page.getByRole('button', { name: 'Aanmelden met eID' }).click();
  await page.getByRole('button', { name: 'Bevestigen' }).click();
}

async function openChamanAsAnn(page: Page) {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.insertCard(/Ann/);
  await toChamanLogin(page);
  await flow.chooseCertificate('Ann Wouters');
  await flow.enterPin('4711');
  await flow.chooseEnterprise('OCMW HERSTAPPE');
  return flow;
}

async function fillContact(page: Page) {
  await page.getByLabel('Naam*').fill('Ann Wouters');
  await page.getByLabel('Telefoonnummer*').fill('456986532');
  await page.getByLabel('E-mailadres*').fill('ann.wouters@ocmw-herstappe.be');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByText('De contactgegevens zijn bewaard.')).toBeVisible();
}

test('ChaMan: the way in from "Onderneming", contact details at the first visit, an FTP account with every rule', async ({ page }) => {
  await openChamanAsAnn(page);
  await expect(page.getByRole('heading', { name: 'Contactgegevens', level: 1 })).toBeVisible();
  await expect(page.getByText('Contactgegevens aanmaken (Eerste aanmelding als verzender)')).toBeVisible();
  await page.getByLabel('Telefooncode*').fill('32');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByText('Een telefooncode begint met + gevolgd door 1 tot 4 cijfers (bijvoorbeeld +32).')).toBeVisible();
  await expectAccessible(page, 'ChaMan contact errors');
  await page.getByLabel('Telefooncode*').fill('+32');
  await fillContact(page);
  await expect(page.getByRole('heading', { name: 'FTP- / SFTP-kanalen' })).toBeVisible();
  await expect(page.getByText('Er is geen FTP- of SFTP-account aangemaakt.', { exact: false })).toBeVisible();
  await expectAccessible(page, 'ChaMan main page');

  await page.getByRole('button', { name: 'Een FTP- of SFTP-account toevoegen' }).click();
  await page.getByLabel('Type*').selectOption('FTP');
  await page.getByLabel('Accountnaam*').fill('EXPOCMWHERSTAPPE');
  await page.getByLabel('Certificaat*', { exact: true }).selectOption('ocmw-herstappe.pfx');
  await page.getByLabel('Gebruikersnaam*').fill('ocmw herstappe');
  await page.getByLabel('Wachtwoord*').fill('geheim wachtwoord lang');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByText('Selecteer ten minste een beveiligde machtiging.')).toBeVisible();
  await expect(page.getByText('Het .pfx-formaat is niet compatibel en zal niet werken.', { exact: false })).toBeVisible();
  await expect(page.getByText('Spaties zijn niet toegestaan in de gebruikersnaam.')).toBeVisible();
  await expect(page.getByText('De gebruikersnaam telt meer dan 10 tekens.')).toBeVisible();
  await expect(page.getByText('Het wachtwoord telt meer dan 15 tekens.')).toBeVisible();
  await expect(page.getByText('Het wachtwoord moet minstens 2 niet-alfanumerieke tekens bevatten.')).toBeVisible();
  await expect(page.getByText('Vul de gebruikersnaam in.')).toHaveCount(0);
  await expectAccessible(page, 'ChaMan FTP errors');
  await page.getByRole('checkbox', { name: 'Mutaties RijksRegister' }).check();
  await page.getByLabel('Certificaat*', { exact: true }).selectOption('ocmw-herstappe-ocmw-online.cer');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByText('Een self-signed certificaat is alleen geldig voor REST-accounts', { exact: false })).toBeVisible();
  await page.getByLabel('Certificaat*', { exact: true }).selectOption('ocmw-herstappe-ftp.cer');
  await page.getByLabel('Certificaatnaam*').fill('OCMW Herstappe FTP');
  await page.getByLabel('Gebruikersnaam*').fill('ocmwhrst1');
  await page.getByLabel('Wachtwoord*').fill('Oefen;2025!');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByText('Het FTP-account is aangemaakt.', { exact: false })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'EXPOCMWHERSTAPPE' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('rowheader', { name: 'EXPOCMWHERSTAPPE' })).toBeVisible();
});

test('ChaMan: a REST account for OCMW Online through the software vendor; consult, change, delete', async ({ page }) => {
  await openChamanAsAnn(page);
  await fillContact(page);
  await page.getByRole('button', { name: 'Een Webservice account toevoegen' }).click();
  const type = page.getByRole('dialog', { name: 'Een Webservice account toevoegen' });
  await type.getByLabel('Type*').selectOption('SOAP');
  await type.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(type.getByText('SOAP-accounts worden niet nagebootst in de simulator. Kies "REST".')).toBeVisible();
  await type.getByLabel('Type*').selectOption('REST');
  await type.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByLabel('Accountnaam*')).toHaveValue('OCMW Online');
  for (const permission of OCMW_ONLINE_PERMISSIONS) await page.getByRole('checkbox', { name: permission }).check();
  await page.getByRole('radio', { name: 'Extern beheer - een externe onderneming beheert het certificaat' }).check();
  await page.getByLabel('Ondernemingsnummer van de externe onderneming*').selectOption('Smals');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByText('Kies uw softwareleverancier, niet Smals.')).toBeVisible();
  await expectAccessible(page, 'ChaMan REST errors');
  await page.getByLabel('Ondernemingsnummer van de externe onderneming*').selectOption('Cevi - Logins');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByText('Het delegatieverzoek is verstuurd.', { exact: false })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'In afwachting van antwoord van de technische tussenpersoon' })).toBeVisible();
  await expect(page.getByText('Er is geen SOAP- of REST-account aangemaakt.', { exact: false })).toBeVisible();

  // The trainer plays the vendor.
  await page.getByRole('region', { name: 'Softwareleverancier (simulatie)' }).getByRole('button', { name: 'Aanvaarden' }).click();
  await expect(page.getByRole('rowheader', { name: 'OCMW Online' })).toBeVisible();
  await page.getByLabel('Statuut').selectOption('accepted');
  await expect(page.getByRole('cell', { name: 'Aanvaard' })).toBeVisible();

  await page.getByRole('button', { name: 'Raadplegen: OCMW Online' }).click();
  await expect(page.getByRole('heading', { name: 'REST-account OCMW Online' })).toBeVisible();
  await page.getByRole('button', { name: 'Wijzigen', exact: true }).click();
  await page.getByLabel('Accountnaam*').fill('CPAS Online');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByText('De wijzigingen zijn bewaard.')).toBeVisible();
  await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await page.getByRole('alertdialog', { name: 'Verwijderen' }).getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('Het REST-account is verwijderd.')).toBeVisible();
});

test('ChaMan: refused to a user without the application; the French way in', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await toChamanLogin(page);
  await flow.chooseCertificate('Lotte Vermeulen');
  await flow.enterPin('1234');
  await flow.chooseEnterprise('OCMW HERSTAPPE');
  await expect(page.getByRole('heading', { name: 'Geen toegang tot ChaMan' })).toBeVisible();
  await expectAccessible(page, 'ChaMan refused');
  await page.getByRole('button', { name: 'Afmelden' }).click();

  await page.getByLabel('Taal', { exact: true }).selectOption('fr');
  await page.getByRole('link', { name: /^Entreprise/ }).click();
  await page.getByRole('link', { name: 'Vers tous les services en ligne' }).click();
  await page.getByRole('link', { name: 'Dimona' }).click();
  await expect(page.getByText("Le service en ligne « Dimona » n'est pas simulé. Choisissez « ChaMan ».")).toBeVisible();
  await page.getByRole('link', { name: 'ChaMan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Chaman : gestion des canaux techniques' })).toBeVisible();
  await expectAccessible(page, 'ChaMan page (fr)');
});

// --- Issue 11 ("Word for word"), points 7, 8 and 9: keyboard only in Dutch, then the same in French. ---

/** Empties a field with the keyboard and types the new text. */
async function retype(page: Page, field: Locator, text: string) {
  await tabTo(page, field, 200);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

/** The contact details with the keyboard, at the first visit. */
async function contactWithKeyboard(page: Page) {
  await typeInto(page, page.getByLabel('Naam*'), 'Ann Wouters');
  await typeInto(page, page.getByLabel('Telefoonnummer*'), '456986532');
  await typeInto(page, page.getByLabel('E-mailadres*'), 'ann.wouters@ocmw-herstappe.be');
  await press(page, page.getByRole('button', { name: 'Bevestigen' }));
  await expect(page.getByText('De contactgegevens zijn bewaard.')).toBeVisible();
}

const headers = (table: Locator) => table.getByRole('columnheader');

test('issue 11.7: the first visit\'s contact details have "Bevestigen Annuleren"; "Annuleren" leaves ChaMan unsaved and ChaMan asks again (keyboard only)', async ({ page }) => {
  await chamanAsAnnWithKeyboard(page);
  await expect(page.getByRole('heading', { name: 'Contactgegevens', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bevestigen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Annuleren' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Annuleren' })).toHaveAccessibleDescription(/u verlaat ChaMan zonder iets te bewaren/);
  await expectAccessible(page, 'ChaMan contact details, first visit');
  await typeInto(page, page.getByLabel('Naam*'), 'Ann Wouters');
  await press(page, page.getByRole('button', { name: 'Annuleren' }));
  await expect(page.getByRole('heading', { name: 'België', level: 1 })).toBeVisible();

  // The next visit asks again, with nothing kept.
  await chamanAsAnnWithKeyboard(page, false);
  await expect(page.getByRole('heading', { name: 'Contactgegevens', level: 1 })).toBeVisible();
  await expect(page.getByText('Contactgegevens aanmaken (Eerste aanmelding als verzender)')).toBeVisible();
  await expect(page.getByLabel('Naam*')).toHaveValue('');
  await contactWithKeyboard(page);
  await expect(page.getByRole('heading', { name: 'FTP- / SFTP-kanalen' })).toBeVisible();

  // Later, "Annuleren" returns to the main page and changes nothing.
  await tabTo(page, page.getByRole('button', { name: 'Contactgegevens' }), 200);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Contactgegevens', level: 1 })).toBeVisible();
  await retype(page, page.getByLabel('Naam*'), 'Iemand anders');
  await press(page, page.getByRole('button', { name: 'Annuleren' }));
  await expect(page.getByRole('heading', { name: 'FTP- / SFTP-kanalen' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Contactgegevens' }), 200);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Naam*')).toHaveValue('Ann Wouters');
});

test('issue 11.8: the FTP/SFTP table "Naam Type Actie"; consult, change with the rules of creation, delete after confirmation (keyboard only)', async ({ page }) => {
  await chamanAsAnnWithKeyboard(page);
  await contactWithKeyboard(page);
  await press(page, page.getByRole('button', { name: 'Een FTP- of SFTP-account toevoegen' }));
  await expect(page.getByRole('heading', { name: 'Een FTP- of sFTP-account toevoegen', level: 1 })).toBeVisible();
  await expect(page.getByText('Kies als type "FTP". Nadat u deze optie heeft geselecteerd, wordt een lijst met de gerelateerde velden weergegeven.')).toBeVisible();
  await tabTo(page, page.getByLabel('Type*'));
  await page.keyboard.press('ArrowDown');
  await typeInto(page, page.getByLabel('Accountnaam*'), 'EXPOCMWHERSTAPPE');
  await press(page, page.getByRole('checkbox', { name: 'Mutaties RijksRegister' }), 'Space');
  await tabTo(page, page.getByLabel('Certificaat*', { exact: true }));
  await page.keyboard.press('ArrowDown');
  await typeInto(page, page.getByLabel('Certificaatnaam*'), 'OCMW Herstappe FTP');
  await typeInto(page, page.getByLabel('Gebruikersnaam*'), 'ocmwhrst1');
  await typeInto(page, page.getByLabel('Wachtwoord*'), 'Oefen;2025!');
  await press(page, page.getByRole('button', { name: 'Bevestigen' }));
  await expect(page.getByText('Het FTP-account is aangemaakt.', { exact: false })).toBeVisible();

  const table = page.getByRole('table', { name: 'FTP- / SFTP-kanalen' });
  await expect(headers(table)).toHaveText(['Naam', 'Type', 'Actie']);
  await expect(table.getByRole('row', { name: /EXPOCMWHERSTAPPE/ }).getByRole('cell').first()).toHaveText('FTP');
  await expectAccessible(page, 'ChaMan main page with an FTP account');

  // Consult.
  await press(page, table.getByRole('button', { name: 'Raadplegen: EXPOCMWHERSTAPPE' }));
  await expect(page.getByRole('heading', { name: 'FTP-account EXPOCMWHERSTAPPE', level: 1 })).toBeVisible();
  await expect(page.getByText('EXPocmwhrst1')).toBeVisible();
  await expect(page.getByText('OCMW Herstappe FTP')).toBeVisible();
  await expectAccessible(page, 'ChaMan FTP account page');

  // Change: the rules of creation, for what is entered.
  await press(page, page.getByRole('button', { name: 'Wijzigen', exact: true }));
  await expect(page.getByLabel('Accountnaam*')).toHaveValue('EXPOCMWHERSTAPPE');
  await expect(page.getByRole('checkbox', { name: 'Mutaties RijksRegister' })).toBeChecked();
  await retype(page, page.getByLabel('Accountnaam*'), '');
  await tabTo(page, page.getByLabel('Certificaat', { exact: true }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Certificaat', { exact: true })).toHaveValue('ocmw-herstappe-ocmw-online.cer');
  await retype(page, page.getByLabel('Gebruikersnaam*'), 'ocmw herstappe');
  await typeInto(page, page.getByLabel('Wachtwoord', { exact: true }), 'geheim');
  await press(page, page.getByRole('button', { name: 'Bevestigen' }));
  await expect(page.getByText('Niets is bewaard. Verbeter de aangeduide velden.')).toBeVisible();
  await expect(page.getByText('Dit veld is verplicht.')).toBeVisible();
  await expect(page.getByText('Een self-signed certificaat is alleen geldig voor REST-accounts', { exact: false })).toBeVisible();
  await expect(page.getByText('Spaties zijn niet toegestaan in de gebruikersnaam.')).toBeVisible();
  await expect(page.getByText('Het wachtwoord moet minstens 2 niet-alfanumerieke tekens bevatten.')).toBeVisible();
  await expectAccessible(page, 'ChaMan FTP change errors');
  await retype(page, page.getByLabel('Accountnaam*'), 'EXPHERSTAPPE');
  await tabTo(page, page.getByLabel('Certificaat', { exact: true }));
  await page.keyboard.press('Home');
  await expect(page.getByLabel('Certificaat', { exact: true })).toHaveValue('');
  await retype(page, page.getByLabel('Gebruikersnaam*'), 'ocmwhrst2');
  await retype(page, page.getByLabel('Wachtwoord', { exact: true }), '');
  await press(page, page.getByRole('button', { name: 'Bevestigen' }));
  await expect(page.getByText('De wijzigingen zijn bewaard.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'FTP-account EXPHERSTAPPE', level: 1 })).toBeVisible();
  await expect(page.getByText('EXPocmwhrst2')).toBeVisible();

  // Delete, after confirmation; "Annuleren" keeps it.
  await press(page, page.getByRole('button', { name: 'Verwijderen', exact: true }));
  const confirm = page.getByRole('alertdialog', { name: 'Verwijderen' });
  await expect(confirm.getByText('Wilt u het FTP-account "EXPHERSTAPPE" verwijderen?', { exact: false })).toBeVisible();
  await expectAccessible(page, 'ChaMan FTP delete confirmation');
  await press(page, confirm.getByRole('button', { name: 'Annuleren' }));
  await expect(page.getByRole('heading', { name: 'FTP-account EXPHERSTAPPE', level: 1 })).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Verwijderen', exact: true }));
  await press(page, confirm.getByRole('button', { name: 'OK' }));
  await expect(page.getByText('Het account is verwijderd.')).toBeVisible();
  await expect(page.getByText('Er is geen FTP- of SFTP-account aangemaakt.', { exact: false })).toBeVisible();
});

test('issue 11.9: "Delegatieverzoeken" with "Naam Statuut Technische tussenpersoon Actie"; consult a request, withdraw a pending one, the vendor never answers it (keyboard only)', async ({ page }) => {
  await chamanAsAnnWithKeyboard(page);
  await contactWithKeyboard(page);
  const requests = page.getByRole('table', { name: 'Delegatieverzoeken' });
  await expect(headers(requests)).toHaveText(['Naam', 'Statuut', 'Technische tussenpersoon', 'Actie']);
  await expect(requests.getByText('Geen enkele gegeven komt overeen met het geselecteerde filter')).toBeVisible();

  // A REST account for OCMW Online, its certificate managed by the software vendor.
  await press(page, page.getByRole('button', { name: 'Een Webservice account toevoegen' }));
  const type = page.getByRole('dialog', { name: 'Een Webservice account toevoegen' });
  await tabTo(page, type.getByLabel('Type*'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await press(page, type.getByRole('button', { name: 'Bevestigen' }));
  await expect(page.getByText('Hier moet u volgende zaken aanvullen/aanduiden:')).toBeVisible();
  await expect(page.getByText('Kies de juiste onderneming, uw softwareleverancier (niet Smals), via het drop down menu')).toBeVisible();
  for (const permission of OCMW_ONLINE_PERMISSIONS) await press(page, page.getByRole('checkbox', { name: permission }), 'Space');
  await tabTo(page, page.getByRole('radio', { name: 'Intern beheer - laden van een certificaat' }));
  await page.keyboard.press('ArrowDown');
  await tabTo(page, page.getByLabel('Ondernemingsnummer van de externe onderneming*'));
  await page.keyboard.press('ArrowDown');
  await press(page, page.getByRole('button', { name: 'Bevestigen' }));
  await expect(page.getByText('Het delegatieverzoek is verstuurd.', { exact: false })).toBeVisible();
  const row = requests.getByRole('row', { name: /OCMW Online/ });
  await expect(row.getByRole('cell')).toHaveText(['In afwachting van antwoord van de technische tussenpersoon', 'Cevi - Logins', 'Raadplegen']);
  await expectAccessible(page, 'ChaMan main page with a pending request');

  // Consult it.
  await press(page, requests.getByRole('button', { name: 'Raadplegen: delegatieverzoek OCMW Online' }));
  await expect(page.getByRole('heading', { name: 'Delegatieverzoek OCMW Online', level: 1 })).toBeVisible();
  await expect(page.getByText('In afwachting van antwoord van de technische tussenpersoon')).toBeVisible();
  // The request's date, in the simulated page (the simulator bar shows the simulated date too).
  await expect(page.getByRole('region', { name: 'Gesimuleerde browser' }).getByText('03/02/2025', { exact: true })).toBeVisible();
  await expectAccessible(page, 'ChaMan delegation request page');

  // Withdraw it: "Annuleren" keeps it, "OK" withdraws it.
  await press(page, page.getByRole('button', { name: 'Intrekken' }));
  const confirm = page.getByRole('alertdialog', { name: 'Intrekken' });
  await expect(confirm.getByText('Wilt u het delegatieverzoek "OCMW Online" aan Cevi - Logins intrekken?', { exact: false })).toBeVisible();
  await expectAccessible(page, 'ChaMan withdraw confirmation');
  await press(page, confirm.getByRole('button', { name: 'Annuleren' }));
  await expect(page.getByRole('heading', { name: 'Delegatieverzoek OCMW Online', level: 1 })).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Intrekken' }));
  await press(page, confirm.getByRole('button', { name: 'OK' }));
  await expect(page.getByText('Het delegatieverzoek is ingetrokken. Er wordt geen REST-account aangemaakt.')).toBeVisible();
  await expect(requests.getByText('Geen enkele gegeven komt overeen met het geselecteerde filter')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Softwareleverancier (simulatie)' })).toHaveCount(0);

  // Two weeks later the vendor has answered nothing: no REST account.
  await openDateWithKeyboard(page);
  await typeInto(page, page.getByLabel(/^Gesimuleerde datum/), '17/02/2025');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(/^Gesimuleerde datum/)).toHaveAccessibleName('Gesimuleerde datum: 17/02/2025');
  await expect(page.getByText('Er is geen SOAP- of REST-account aangemaakt.', { exact: false })).toBeVisible();

  // An answered request can be consulted, not withdrawn.
  await press(page, page.getByRole('button', { name: 'Een Webservice account toevoegen' }));
  await tabTo(page, type.getByLabel('Type*'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await press(page, type.getByRole('button', { name: 'Bevestigen' }));
  for (const permission of OCMW_ONLINE_PERMISSIONS) await press(page, page.getByRole('checkbox', { name: permission }), 'Space');
  await tabTo(page, page.getByRole('radio', { name: 'Intern beheer - laden van een certificaat' }));
  await page.keyboard.press('ArrowDown');
  await tabTo(page, page.getByLabel('Ondernemingsnummer van de externe onderneming*'));
  await page.keyboard.press('ArrowDown');
  await press(page, page.getByRole('button', { name: 'Bevestigen' }));
  // The vendor desk sits in the simulator bar, before ChaMan: Tab goes round the scenario list to it.
  await tabTo(page, page.getByRole('region', { name: 'Softwareleverancier (simulatie)' }).getByRole('button', { name: 'Aanvaarden' }), 300);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: 'Webservices account' }).getByRole('rowheader', { name: 'OCMW Online' })).toBeVisible();
  await tabTo(page, page.getByLabel('Statuut'));
  await page.keyboard.press('ArrowDown');
  await expect(requests.getByRole('cell', { name: 'Aanvaard' })).toBeVisible();
  // The filter is under the table (004): Shift+Tab leads back into it.
  const consult = requests.getByRole('button', { name: 'Raadplegen: delegatieverzoek OCMW Online' });
  await page.keyboard.press('Shift+Tab');
  await expect(consult).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Delegatieverzoek OCMW Online', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Intrekken' })).toHaveCount(0);
  await press(page, page.getByRole('button', { name: 'Terug' }));
  await expect(page.getByRole('heading', { name: 'Delegatieverzoeken' })).toBeVisible();
});

test('issue 11.7, 11.8, 11.9 in French: "Confirmer Annuler", the tables "Nom Type Action" and "Nom Statut Intermédiaire technique Action"', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.insertCard(/Ann/);
  await page.getByLabel('Taal', { exact: true }).selectOption('fr');
  await page.goto('./#/onderneming/chaman');
  await page.getByRole('button', { name: 'Gérer vos canaux techniques' }).click();
  await page.getByRole('button', { name: 'Professionnel' }).click();
  await eidInFrench(page, 'Ann Wouters', '4711');
  await flow.chooseEnterprise('OCMW HERSTAPPE');
  await expect(page.getByRole('heading', { name: 'Coordonnées', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Confirmer' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Annuler' })).toHaveAccessibleDescription(/vous quittez ChaMan sans rien enregistrer/);
  await expectAccessible(page, 'ChaMan contact details (fr)');
  await page.getByLabel('Nom*').fill('Ann Wouters');
  await page.getByLabel('Numéro de téléphone*').fill('456986532');
  await page.getByLabel('Adresse e-mail*').fill('ann.wouters@ocmw-herstappe.be');
  await page.getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByText('Les coordonnées ont été enregistrées.')).toBeVisible();

  await page.getByRole('button', { name: 'Ajouter un compte FTP ou SFTP' }).click();
  await page.getByLabel('Type*').selectOption('SFTP');
  await page.getByLabel('Nom du compte*').fill('EXPSFTP');
  await page.getByRole('checkbox').first().check();
  await page.getByLabel('Certificat*', { exact: true }).selectOption('ocmw-herstappe-ftp.cer');
  await page.getByLabel('Nom du certificat*').fill('SFTP');
  await page.getByLabel("Nom d'utilisateur*").fill('sftp1');
  await page.getByLabel('Mot de passe*').fill('Oefen;2025!');
  await page.getByRole('button', { name: 'Confirmer' }).click();
  const table = page.getByRole('table', { name: 'Canaux FTP / SFTP' });
  await expect(headers(table)).toHaveText(['Nom', 'Type', 'Action']);
  await table.getByRole('button', { name: 'Consulter : EXPSFTP' }).click();
  await expect(page.getByRole('heading', { name: 'Compte SFTP EXPSFTP', level: 1 })).toBeVisible();
  await expectAccessible(page, 'ChaMan FTP account page (fr)');
  await page.getByRole('button', { name: 'Modifier', exact: true }).click();
  await page.getByLabel('Nom du compte*').fill('EXPSFTP2');
  await page.getByLabel('Mot de passe', { exact: true }).fill('abc');
  await page.getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByText('Rien n\'a été enregistré. Corrigez les champs indiqués.')).toBeVisible();
  await expect(page.getByText('Laissez vide pour ne pas modifier le mot de passe.')).toBeVisible();
  await expectAccessible(page, 'ChaMan FTP change errors (fr)');
  await page.getByLabel('Mot de passe', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByText('Les modifications ont été enregistrées.')).toBeVisible();
  await page.getByRole('button', { name: 'Supprimer', exact: true }).click();
  await expect(page.getByRole('alertdialog', { name: 'Supprimer' }).getByText('Voulez-vous supprimer le compte SFTP « EXPSFTP2 » ?', { exact: false })).toBeVisible();
  await page.getByRole('alertdialog', { name: 'Supprimer' }).getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('Le compte a été supprimé.')).toBeVisible();

  await page.getByRole('button', { name: 'Ajouter un compte de service web' }).click();
  const type = page.getByRole('dialog', { name: 'Ajouter un compte de service web' });
  await type.getByLabel('Type*').selectOption('REST');
  await type.getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByText('Vous devez compléter/cocher les éléments suivants :')).toBeVisible();
  for (const box of await page.getByRole('checkbox').all()) await box.check();
  await page.getByRole('radio', { name: 'Gestion externe - une entreprise externe gère le certificat' }).check();
  await page.getByLabel("Numéro d'entreprise de l'entreprise externe*").selectOption('Civadis');
  await page.getByRole('button', { name: 'Confirmer' }).click();
  const requests = page.getByRole('table', { name: 'Demandes de délégation' });
  await expect(headers(requests)).toHaveText(['Nom', 'Statut', 'Intermédiaire technique', 'Action']);
  await requests.getByRole('button', { name: 'Consulter : demande de délégation OCMW Online' }).click();
  await expect(page.getByRole('heading', { name: 'Demande de délégation OCMW Online', level: 1 })).toBeVisible();
  await expectAccessible(page, 'ChaMan delegation request page (fr)');
  await page.getByRole('button', { name: 'Retirer', exact: true }).click();
  await expect(page.getByRole('alertdialog', { name: 'Retirer' }).getByText('Voulez-vous retirer la demande de délégation « OCMW Online » adressée à Civadis ?', { exact: false })).toBeVisible();
  await page.getByRole('alertdialog', { name: 'Retirer' }).getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('La demande de délégation a été retirée. Aucun compte REST ne sera créé.')).toBeVisible();
  await expect(requests.getByText('Aucune donnée ne correspond au filtre sélectionné')).toBeVisible();
});
