import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { LoginFlow } from './support/login.page';

test.describe.configure({ timeout: 90_000 });

async function pinAs(page: Page, flow: LoginFlow, holder: string, pin: string) {
  await page.getByRole('button', { name: 'Aanmelden met eID' }).click();
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await flow.chooseCertificate(holder);
  await flow.enterPin(pin);
}

test('axe: the portal pages for enterprises, the audience choice and csam.be', async ({ page }) => {
  await page.goto('./#/onderneming');
  await expect(page.getByRole('heading', { name: 'Onderneming', level: 1 })).toBeVisible();
  await expectAccessible(page, 'Onderneming');
  await page.getByRole('link', { name: 'Naar alle onlinediensten' }).click();
  await expect(page.getByRole('heading', { name: 'Onlinediensten', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Dimona' }).click();
  await expectAccessible(page, 'Onlinediensten (Onderneming) with a notice');
  await page.getByRole('link', { name: 'ChaMan', exact: true }).click();
  await page.getByRole('button', { name: 'Beheer uw technische kanalen' }).click();
  await expectAccessible(page, 'In welke doelpubliek');
  // Back and Forward work on the new portal pages too.
  await page.goto('./#/professionals/ocmw/toegangsbeheer');
  await page.getByRole('link', { name: 'Beheer van de toegangsbeheerders (CSAM)' }).click();
  await expect(page.getByRole('heading', { name: 'Beheer van de toegangsbeheerders', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Toegangsbeheerders aanstellen' }).click();
  await expectAccessible(page, 'csam.be Beheer van de toegangsbeheerders');
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Toegangsbeheer', level: 1 })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Beheer van de toegangsbeheerders', level: 1 })).toBeVisible();
});

test('Toegangsbeheer through csam.be ("Toegangen beheren" → "Toegangsbeheer"), and axe on its other screens', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.insertCard(/Ann/);
  await page.goto('./#/csam/beheer-toegangsbeheerders');
  await page.getByRole('button', { name: 'Toegangsbeheer', exact: true }).click();
  await pinAs(page, flow, 'Ann Wouters', '4711');
  await page.getByLabel('Ondernemingsnummer:').selectOption({ label: '0212.333.592 - OCMW HERSTAPPE' });
  await page.getByRole('link', { name: '(Verantwoordelijke Toegangen Entiteit)' }).click();
  await expect(page.getByText('als Verantwoordelijke Toegangen Entiteit', { exact: false })).toBeVisible();
  await page.getByRole('link', { name: 'Gestructureerde berichten' }).click();
  await expect(page.getByText('"Gestructureerde berichten" wordt niet nagebootst', { exact: false })).toBeVisible();
  await expectAccessible(page, 'Toegangsbeheer welcome (VTE)');
  await page.getByRole('navigation', { name: 'Functionaliteiten' }).getByRole('link', { name: 'Gebruikers', exact: true }).click();
  await page.getByRole('button', { name: 'Raadplegen: Koen Jacobs' }).click();
  await expect(page.getByRole('table', { name: /Gebruikers/ }).getByText('ChaMan - Technisch kanaalbeheer')).toBeVisible();
  await page.getByRole('button', { name: 'Pagina 2' }).click();
  await expect(page.getByRole('button', { name: 'Pagina 2' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('checkbox', { name: 'Nathalie Willems aanvinken' }).check();
  await page.getByLabel('Actie voor de aangevinkte gebruikers').selectOption({ label: 'Toepassing(en) verwijderen' });
  await page.getByRole('button', { name: 'Uitvoeren' }).click();
  await expect(page.getByRole('dialog', { name: 'Toepassing(en) verwijderen' })).toBeVisible();
  await expectAccessible(page, 'Toegangsbeheer choose applications');
  await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();
  await page.getByRole('button', { name: 'Een Co-Lokale Beheerder toevoegen', exact: true }).click();
  await page.getByLabel('INSZ:').fill('123');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText('Een INSZ telt 11 cijfers (bijvoorbeeld 85.07.30-033.28).')).toBeVisible();
  await expectAccessible(page, 'Toegangsbeheer INSZ error');
});

test('axe: OCMW-configuratie "Technische dienstverleners" with "Andere", ChaMan account page and the vendor desk', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.toService('OCMW-configuratie');
  await page.getByRole('button', { name: 'Start de onlinedienst op' }).click();
  await pinAs(page, flow, 'Lotte Vermeulen', '1234');
  await flow.chooseEnterprise('OCMW HERSTAPPE');
  await flow.chooseRole('OCMW-configuratie');
  await page.getByRole('link', { name: 'Technische dienstverleners' }).click();
  await page.getByLabel('Wie is uw netwerkprovider?').selectOption('Andere');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByText('Vul de naam van uw netwerkprovider in.')).toBeVisible();
  await expectAccessible(page, 'OCMW-configuratie Technische dienstverleners');
  await page.getByLabel('Andere:').fill('Proximus');
  await page.getByRole('checkbox', { name: 'Civadis' }).check();
  await page.getByRole('checkbox', { name: 'PrimaWeb' }).check();
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByText('Uw gegevens zijn bewaard.')).toBeVisible();
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page.getByRole('heading', { name: 'België', level: 1 })).toBeVisible();

  // ChaMan with a pending delegation: the vendor desk in the simulator bar, then an account page.
  await flow.insertCard(/Ann/);
  await page.goto('./#/onderneming/chaman');
  await page.getByRole('button', { name: 'Beheer uw technische kanalen' }).click();
  await page.getByRole('button', { name: 'Professional' }).click();
  await pinAs(page, flow, 'Ann Wouters', '4711');
  await flow.chooseEnterprise('OCMW HERSTAPPE');
  await page.getByLabel('Naam*').fill('Ann Wouters');
  await page.getByLabel('Telefoonnummer*').fill('456986532');
  await page.getByLabel('E-mailadres*').fill('ann.wouters@ocmw-herstappe.be');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await page.getByRole('button', { name: 'Een Webservice account toevoegen' }).click();
  await expectAccessible(page, 'ChaMan web service type');
  await page.getByRole('dialog').getByLabel('Type*').selectOption('REST');
  await page.getByRole('dialog').getByRole('button', { name: 'Bevestigen' }).click();
  await page.getByRole('checkbox', { name: 'Beheer van het OCMW Online proces' }).check();
  await page.getByRole('radio', { name: 'Intern beheer - laden van een certificaat' }).check();
  await page.getByLabel('Certificaat*', { exact: true }).selectOption('ocmw-herstappe-ocmw-online.cer');
  await expect(page.getByText('Sleutel P-384, ondertekening SHA-384, self-signed, sleutelgebruik digital signature.')).toBeVisible();
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByText('Het REST-account is aangemaakt.')).toBeVisible();
  await page.getByRole('button', { name: 'Raadplegen: OCMW Online' }).click();
  await expectAccessible(page, 'ChaMan REST account page');
  await page.getByRole('button', { name: 'Terug' }).click();
  await page.getByRole('button', { name: 'Een Webservice account toevoegen' }).click();
  await page.getByRole('dialog').getByLabel('Type*').selectOption('REST');
  await page.getByRole('dialog').getByRole('button', { name: 'Bevestigen' }).click();
  await page.getByLabel('Accountnaam*').fill('Tweede account');
  await page.getByRole('checkbox', { name: 'Beheer van het OCMW Online proces' }).check();
  await page.getByRole('radio', { name: 'Extern beheer - een externe onderneming beheert het certificaat' }).check();
  await page.getByLabel('Ondernemingsnummer van de externe onderneming*').selectOption('Civadis');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  const desk = page.getByRole('region', { name: 'Softwareleverancier (simulatie)' });
  await expect(desk).toBeVisible();
  await expectAccessible(page, 'Vendor desk');
  await desk.getByRole('button', { name: 'Weigeren' }).click();
  await expect(desk).toHaveCount(0);
  await page.getByLabel('Statuut').selectOption('refused');
  await expect(page.getByRole('cell', { name: 'Geweigerd' })).toBeVisible();
});
