import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { eidInFrench, LoginFlow } from './support/login.page';
import { openUsers } from './support/toegangsbeheer.page';

test.describe.configure({ timeout: 90_000 });

/** Ann Wouters (Hoofdtoegangsbeheerder and Lokale beheerder of Herstappe) logs in to Toegangsbeheer. */
async function openToegangsbeheer(page: Page) {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.insertCard(/Ann/);
  await flow.toService('Toegangsbeheer');
  await flow.toCertificateChoice();
  await flow.chooseCertificate('Ann Wouters');
  await flow.enterPin('4711');
  await expect(page.getByRole('heading', { name: 'Toegangsbeheer voor Ondernemingen en Organisaties', level: 1 })).toBeVisible();
  return flow;
}

test('Toegangsbeheer: add a user; the new colleague can then log in to PrimaWeb as Sociale Agent', async ({ page }) => {
  const flow = await openToegangsbeheer(page);
  await expect(page.getByRole('cell', { name: 'Lokale beheerder (LB)' })).toBeVisible();
  await expectAccessible(page, 'Toegangsbeheer home');
  await openUsers(page);
  await expectAccessible(page, 'Toegangsbeheer Gebruikers');
  await expect(page.getByText('12 items gevonden.')).toBeVisible();
  await expect(page.getByRole('table', { name: /Gebruikers/ }).getByRole('row')).toHaveCount(11);
  await page.getByRole('button', { name: 'Een gebruiker toevoegen', exact: true }).click();
  await page.getByLabel('INSZ:').fill('86.04.12-057.58');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText('Dit INSZ is niet geldig: het controlegetal klopt niet.')).toBeVisible();
  await page.getByLabel('INSZ:').fill('86.04.12-057.59');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('heading', { name: 'Een gebruiker aanmaken', level: 1 })).toBeVisible();
  await page.getByLabel('Gebruikersnaam (eerste keer) *').fill('bpeeters');
  await page.getByLabel('Gebruikersnaam (bevestiging) *').fill('bpeter');
  await page.getByLabel('Wachtwoord (eerste keer) *').fill('Oefenen!2025');
  await page.getByLabel('Wachtwoord (bevestiging) *').fill('Oefenen!2025');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('De twee gebruikersnamen zijn niet gelijk.')).toBeVisible();
  await expect(page.getByText('Vul de naam in.')).toBeVisible();
  await expect(page.getByText('Vul het e-mailadres in.')).toBeVisible();
  await expectAccessible(page, 'Toegangsbeheer form errors');
  await page.getByLabel('Gebruikersnaam (bevestiging) *').fill('bpeeters');
  await page.getByLabel('Naam *', { exact: true }).fill('Peeters');
  await page.getByLabel('Voornaam *').fill('Bram');
  await page.getByLabel('E-mailadres *').fill('bram.peeters@ocmw-herstappe.be');
  await page.getByRole('checkbox', { name: 'Sociale Agent' }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Controleer of alles correct is en klik op "Bevestigen".')).toBeVisible();
  await expect(page.getByText('Sociale Agent van het OCMW')).toBeVisible();
  await expectAccessible(page, 'Toegangsbeheer overview');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByText('De gebruiker bpeeters is aangemaakt.')).toBeVisible();
  await expect(page.getByText('13 items gevonden.')).toBeVisible();

  // The world is shared: Bram logs in to PrimaWeb.
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await flow.insertCard(/Bram/);
  await flow.loginUntilApplication('Bram Peeters', '3690');
  await expect(page.getByRole('heading', { name: 'Eerste aanmelding' })).toBeVisible();
});

test('Toegangsbeheer: block a user (who then cannot log in), unblock, add applications, export the list', async ({ page }) => {
  const flow = await openToegangsbeheer(page);
  await openUsers(page);
  await page.getByLabel('Naam :', { exact: true }).fill('claes');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByText('Eén item gevonden.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Pieter Claes aanvinken' }).check();
  await page.getByLabel('Actie voor de aangevinkte gebruikers').selectOption({ label: 'Gebruiker(s) blokkeren' });
  await page.getByRole('button', { name: 'Uitvoeren' }).click();
  await expect(page.getByText('1 gebruiker(s) geblokkeerd.', { exact: false })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Geblokkeerd' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'De gebruikers exporteren (.csv), Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('gebruikers-0212333592-2025-02-03.csv');
  const csv = await readFile((await file.path())!, 'utf8');
  expect(csv).toContain('Naam;Voornaam;Gebruikersnaam;Type;INSZ;Status;Beveiligde toepassingen');
  expect(csv).toContain('Claes;Pieter;pclaes;USER;79.05.22-087.74;Geblokkeerd;Sociale Agent');

  // Pieter is blocked: no enterprise at login.
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await flow.insertCard(/Pieter/);
  await flow.loginUntilEnterprise('Pieter Claes', '2580');
  await expect(page.getByRole('heading', { name: 'Geen onderneming gevonden' })).toBeVisible();
  await page.getByRole('button', { name: 'Afmelden' }).click();

  await flow.insertCard(/Ann/);
  await flow.toService('Toegangsbeheer');
  await flow.toCertificateChoice();
  await flow.chooseCertificate('Ann Wouters');
  await flow.enterPin('4711');
  await openUsers(page);
  await page.getByRole('checkbox', { name: 'Pieter Claes aanvinken' }).check();
  await page.getByLabel('Actie voor de aangevinkte gebruikers').selectOption({ label: 'Gebruiker(s) deblokkeren' });
  await page.getByRole('button', { name: 'Uitvoeren' }).click();
  await expect(page.getByText('1 gebruiker(s) gedeblokkeerd.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Pieter Claes aanvinken' }).check();
  await page.getByLabel('Actie voor de aangevinkte gebruikers').selectOption({ label: 'Toepassing(en) toevoegen' });
  await page.getByRole('button', { name: 'Uitvoeren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Toepassing(en) toevoegen' });
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog.getByText('Vink minstens één toepassing aan.')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'OCMW-configuratie' }).check();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('De toepassing(en) zijn toegevoegd bij 1 gebruiker(s).', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Raadplegen: Pieter Claes' }).click();
  await expect(page.getByRole('table', { name: /Gebruikers/ }).getByRole('listitem').filter({ hasText: 'OCMW-configuratie' })).toBeVisible();
});

test('Toegangsbeheer: refusals — the LB cannot be removed, nothing ticked, an INSZ already known; remove with confirmation', async ({ page }) => {
  await openToegangsbeheer(page);
  await openUsers(page);
  await page.getByLabel('Actie voor de aangevinkte gebruikers').selectOption({ label: 'Gebruiker(s) verwijderen' });
  await page.getByRole('button', { name: 'Uitvoeren' }).click();
  await expect(page.getByText('Vink eerst links van de naam één of meer gebruikers aan.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Ann Wouters aanvinken' }).check();
  await page.getByRole('button', { name: 'Uitvoeren' }).click();
  await expect(page.getByText('De lokale beheerder kan niet verwijderd of geblokkeerd worden.', { exact: false })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Ann Wouters aanvinken' }).uncheck();
  await page.getByRole('checkbox', { name: 'Dirk Hermans aanvinken' }).check();
  await page.getByRole('button', { name: 'Uitvoeren' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Gebruiker(s) verwijderen' });
  await expect(confirm).toBeVisible();
  await expectAccessible(page, 'Toegangsbeheer remove confirmation');
  await confirm.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('1 gebruiker(s) verwijderd.')).toBeVisible();
  await expect(page.getByText('11 items gevonden.')).toBeVisible();
  await page.getByRole('button', { name: 'Een Co-Lokale Beheerder toevoegen', exact: true }).click();
  await page.getByLabel('INSZ:').fill('79052208774');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText('Er bestaat al een gebruiker met dit INSZ voor deze hoedanigheid.')).toBeVisible();
});

test('Toegangsbeheer: the VTE changes the Lokale beheerder; a user without a manager role sees no links; French', async ({ page }) => {
  const flow = await openToegangsbeheer(page);
  await openUsers(page, '(Verantwoordelijke Toegangen Entiteit)');
  await page.getByRole('button', { name: 'Van lokale beheerder veranderen' }).click();
  await page.getByLabel('INSZ:').fill('91.02.23-118.50');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText('Els Mertens heeft al een account voor deze hoedanigheid en wordt de lokale beheerder.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByText('emertens is nu de lokale beheerder van de hoedanigheid.')).toBeVisible();
  await page.getByLabel('Type :').selectOption({ label: 'LB' });
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByRole('rowheader', { name: 'Mertens' })).toBeVisible();

  await page.getByRole('button', { name: 'Afmelden' }).click();
  await flow.insertCard(/Lotte/);
  await page.getByLabel('Taal', { exact: true }).selectOption('fr');
  await page.getByRole('link', { name: 'Fonctionnaires et autres professionnels' }).click();
  await page.getByRole('link', { name: 'CPAS & SPP Intégration sociale' }).click();
  await page.getByRole('link', { name: 'Gestion des accès', exact: true }).click();
  await page.getByRole('button', { name: 'Démarrer le service en ligne' }).click();
  await eidInFrench(page, 'Lotte Vermeulen', '1234');
  await expect(page.getByText("Vous n'êtes enregistré comme gestionnaire d'accès (principal) pour aucune entreprise.", { exact: false })).toBeVisible();
  await expectAccessible(page, 'Toegangsbeheer no links (fr)');
});
