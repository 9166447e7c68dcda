import { expect, test, expectAccessible } from './support/fixtures';
import { LoginFlow } from './support/login.page';
import type { Page } from '@playwright/test';

test.describe.configure({ timeout: 60_000 });

async function openOcmwConfig(page: Page, holder = 'Lotte Vermeulen', pin = '1234') {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.toService('OCMW-configuratie');
  await expect(page.getByRole('heading', { name: 'Mutaties selecteren', level: 2 })).toBeVisible();
  await flow.toCertificateChoice();
  await flow.chooseCertificate(holder);
  await flow.enterPin(pin);
  await flow.chooseEnterprise('OCMW HERSTAPPE');
  return flow;
}

test('OCMW-configuratie: role in the drop-down, Mutaties saved for the OCMW, kept after a reload', async ({ page }) => {
  const flow = await openOcmwConfig(page);
  await expect(page.getByRole('heading', { name: 'Gelieve uw rol te selecteren:' })).toBeVisible();
  await flow.chooseRole('OCMW-configuratie');
  await expect(page.getByRole('heading', { name: 'Mutaties', level: 1 })).toBeVisible();
  await expectAccessible(page, 'OCMW-configuratie Mutaties');
  const murn = page.getByRole('checkbox', { name: 'MURN Rijksregister', exact: true });
  await expect(murn).toBeChecked();
  await expect(page.getByRole('rowheader', { name: 'MURA' })).toBeVisible();
  await murn.uncheck();
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByText('Uw gegevens zijn bewaard.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Mutaties', level: 1 })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'MURN Rijksregister', exact: true })).not.toBeChecked();
});

test('OCMW-configuratie: leaving a page with unsaved changes warns; staying keeps them, leaving drops them', async ({ page }) => {
  const flow = await openOcmwConfig(page);
  await flow.chooseRole('OCMW-configuratie');
  await page.getByRole('checkbox', { name: /^MUPF/ }).uncheck();
  await page.getByRole('link', { name: 'Contactgegevens' }).click();
  const warning = page.getByRole('alertdialog', { name: 'Wijzigingen niet bewaard' });
  await expect(warning).toBeVisible();
  await expectAccessible(page, 'OCMW-configuratie leave warning');
  await warning.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByRole('checkbox', { name: /^MUPF/ })).not.toBeChecked();
  await page.getByRole('link', { name: 'Contactgegevens' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Pagina verlaten' }).click();
  await expect(page.getByRole('heading', { name: 'Contactgegevens', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Mutaties' }).click();
  await expect(page.getByRole('checkbox', { name: /^MUPF/ })).toBeChecked();
});

test('OCMW-configuratie: Contactgegevens with "stel deze waarde in voor alle talen" and field messages', async ({ page }) => {
  const flow = await openOcmwConfig(page);
  await flow.chooseRole('OCMW-configuratie');
  await page.getByRole('link', { name: 'Contactgegevens' }).click();
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByText('Uw gegevens zijn niet bewaard.', { exact: false })).toBeVisible();
  await expect(page.getByText('Dit veld is verplicht.').first()).toBeVisible();
  await expectAccessible(page, 'OCMW-configuratie Contactgegevens errors');
  const street = page.getByRole('group', { name: 'Straat *' });
  await street.getByLabel('NL').fill('Dorpsstraat');
  await street.getByRole('button', { name: /stel deze waarde in voor alle talen \(Straat NL\)/ }).click();
  await expect(street.getByLabel('FR')).toHaveValue('Dorpsstraat');
  await expect(street.getByLabel('DE')).toHaveValue('Dorpsstraat');
  const city = page.getByRole('group', { name: 'Stad *' });
  await city.getByLabel('NL').fill('Herstappe');
  await city.getByRole('button', { name: /\(Stad NL\)/ }).click();
  await page.getByLabel('Nummer * :', { exact: true }).fill('1');
  await page.getByLabel('Postcode * :', { exact: true }).fill('404');
  await page.getByLabel('Telefoonnummer * :', { exact: true }).fill('012 34 56 78');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByText('Een postcode bestaat uit vier cijfers (bijvoorbeeld 4042).')).toBeVisible();
  await page.getByLabel('Postcode * :', { exact: true }).fill('4042');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByText('Uw gegevens zijn bewaard.')).toBeVisible();
});

test('OCMW-configuratie: OCMW Online rules, in French, with the keyboard', async ({ page }) => {
  const flow = await openOcmwConfig(page);
  await flow.chooseRole('OCMW-configuratie');
  await page.getByLabel('Taal', { exact: true }).selectOption('fr');
  await page.getByRole('link', { name: 'CPAS Online' }).click();
  await expect(page.getByRole('heading', { name: 'CPAS Online', level: 1 })).toBeVisible();
  const notifications = page.getByRole('form', { name: 'Notifications' });
  await notifications.getByRole('radio', { name: 'oui' }).check();
  await notifications.getByRole('button', { name: 'Sauvegarder' }).click();
  await expect(page.getByText("Si l'envoi d'e-mails de notification est activé, une adresse e-mail doit être définie.")).toBeVisible();
  const reminders = page.getByRole('form', { name: "Rappel des demandes d'aide non lues" });
  await reminders.getByRole('radio', { name: 'oui' }).check();
  await reminders.getByLabel('Adresse à laquelle ces e-mails doivent être envoyés :').fill('accueil@cpas-herstappe.be');
  await reminders.getByLabel('Délai de rappel :').focus();
  await page.keyboard.type('0');
  await reminders.getByLabel('Fréquence de rappel :').fill('1');
  await reminders.getByRole('button', { name: 'Sauvegarder' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Indiquez un nombre positif de jours calendrier (par exemple 2).')).toBeVisible();
  await expectAccessible(page, 'CPAS Online errors (fr)');
  await reminders.getByLabel('Délai de rappel :').fill('2');
  await reminders.getByRole('button', { name: 'Sauvegarder' }).press('Enter');
  await expect(reminders.getByText('Vos données ont été sauvegardées.')).toBeVisible();
  await expect(reminders.getByText("2 jours calendrier après la date d'envoi", { exact: false })).toBeVisible();
});

test('OCMW-configuratie: a Sociale Agent without the role is refused', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.insertCard(/Pieter/);
  await flow.toService('OCMW-configuratie');
  await flow.toCertificateChoice();
  await flow.chooseCertificate('Pieter Claes');
  await flow.enterPin('2580');
  await flow.chooseEnterprise('OCMW HERSTAPPE');
  await expect(page.getByRole('heading', { name: 'Geen toegang tot OCMW-configuratie' })).toBeVisible();
  await expectAccessible(page, 'OCMW-configuratie refused');
});
