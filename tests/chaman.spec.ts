import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { OCMW_ONLINE_PERMISSIONS } from './support/chaman.page';
import { LoginFlow } from './support/login.page';

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
