import { expect, test } from './support/fixtures';
import { Primaweb } from './support/primaweb.page';
import { loginUntilEnterpriseInFrench } from './support/login.page';

test.describe.configure({ timeout: 60_000 });

test('role gate: a Sociale Agent sees only "Mijn toegangen"; the magnifier and Afdrukken', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
  const pw = new Primaweb(page);
  await pw.flow.open();
  await pw.login('lotte', 'Sociale Agent');
  await expect(page.getByRole('button', { name: 'Beheer van de toegangen van de gebruikers van het OCMW' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Mijn toegangen', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Mijn toegangen', level: 1 })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Alle functionaliteiten' })).toBeVisible();
  await expect(page.getByText('Lijst van de hulpaanvragen')).toBeHidden();
  await page.getByRole('button', { name: 'Functies van het profiel Alle functionaliteiten tonen' }).click();
  await expect(page.getByText('Lijst van de hulpaanvragen')).toBeVisible();
  await expect(page.getByText('Mutaties Pensioenkadaster aanduiden als gelezen')).toBeVisible();
  await page.getByRole('button', { name: 'Afdrukken' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // The print view shows the document only: nothing of the simulator, nor the buttons.
  await page.getByRole('button', { name: 'Functies van het profiel Alle functionaliteiten tonen' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Lijst van de hulpaanvragen')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(page.getByText('Oefenomgeving: alle gegevens zijn fictief')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Terug' }).click();
  await expect(page.getByRole('heading', { name: 'PrimaWeb - Startpagina' })).toBeVisible();
});

test('create profiles: refusals, a predefined profile, the dependency warning, Beheren', async ({ page }) => {
  const pw = new Primaweb(page);
  await pw.flow.open();
  await pw.login('lotte', 'PrimaWeb beheer');
  await pw.openManagement();

  // Empty description: refused with a message at the field, nothing saved.
  await page.getByRole('button', { name: 'Een profiel creëren', exact: true }).click();
  await page.getByLabel('Beschrijving (Nederlands) *').fill('Onthaal');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByText('Vul de beschrijving in, in het Nederlands en in het Frans.')).toBeVisible();
  await expect(page.getByLabel('Beschrijving (Frans) *')).toBeFocused();
  await page.getByLabel('Beschrijving (Frans) *').fill('Accueil');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByText('Vink minstens één functie aan.')).toBeVisible();
  // A predefined profile ticks a useful subset.
  await pw.applyPredefined('Maatschappelijk werker');
  await expect(page.getByRole('checkbox', { name: 'Opzoeken van een dossier' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Beslissingen', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Terugvorderingen beheren' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Details van de functie Opzoeken van een dossier' }).click();
  await expect(page.getByText('Zonder deze functie heeft de gebruiker geen toegang tot de dossiers')).toBeVisible();
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het profiel werd bewaard.' })).toBeVisible();
  await expect(pw.profilesTable().getByRole('rowheader', { name: 'Onthaal' })).toBeVisible();

  // Duplicate description.
  await pw.createProfile('onthaal', 'Autre', () => pw.applyPredefined('Secretaris'));
  await expect(page.getByText('Er bestaat al een profiel met deze beschrijving.')).toBeVisible();
  await page.getByRole('button', { name: 'Annuleren' }).click();

  // Hulpaanvragen without "Opzoeken van een dossier": warning, then complete and save.
  await pw.createProfile('Aanvragen', 'Demandes', () => page.getByRole('checkbox', { name: 'Lijst van de hulpaanvragen' }).check());
  const warning = page.getByRole('alertdialog', { name: 'Opgelet: ontbrekende functies' });
  await expect(warning).toContainText('Lijst van de hulpaanvragen: vereist Opzoeken van een dossier');
  await warning.getByRole('button', { name: 'Aanvullen en bewaren' }).click();
  await expect(pw.profilesTable().getByRole('rowheader', { name: 'Aanvragen' })).toBeVisible();
  await page.getByRole('button', { name: 'Afdrukken: Aanvragen' }).click();
  await expect(page.getByRole('heading', { name: 'Profiel: Aanvragen' })).toBeVisible();
  await expect(page.getByText('Opzoeken van een dossier')).toBeVisible();
  await expect(page.getByText('Dit profiel werd aan niemand toegekend.')).toBeVisible();
  await page.getByRole('button', { name: 'Terug' }).click();

  // "Toch bewaren" keeps the profile as it is.
  await pw.createProfile('Enkel lijst', 'Liste seule', () => page.getByRole('checkbox', { name: 'Lijst van de hulpaanvragen' }).check());
  await page.getByRole('button', { name: 'Toch bewaren zonder deze functies' }).click();
  await expect(pw.profilesTable().getByRole('rowheader', { name: 'Enkel lijst' })).toBeVisible();

  // Beheren: rename and change the functions.
  await page.getByRole('button', { name: 'Beheren: Enkel lijst' }).click();
  await expect(page.getByRole('heading', { name: 'Een profiel beheren' })).toBeVisible();
  await expect(page.getByLabel('Beschrijving (Nederlands) *')).toHaveValue('Enkel lijst');
  await page.getByLabel('Beschrijving (Nederlands) *').fill('Lijst en zoeken');
  await page.getByRole('checkbox', { name: 'Opzoeken van een dossier' }).check();
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(pw.profilesTable().getByRole('rowheader', { name: 'Lijst en zoeken' })).toBeVisible();
  await expect(pw.profilesTable().getByRole('rowheader', { name: 'Enkel lijst' })).toHaveCount(0);
  // Everything survives a reload.
  await page.reload();
  await pw.openManagement();
  await expect(pw.profilesTable().getByRole('rowheader')).toHaveText(['Alle functionaliteiten', 'Onthaal', 'Aanvragen', 'Lijst en zoeken']);
});

test('Weglaten: refused while assigned, confirmed with OK once unassigned, Annuleren keeps it', async ({ page }) => {
  const pw = new Primaweb(page);
  await pw.flow.open();
  await pw.login('lotte', 'PrimaWeb beheer');
  await pw.openManagement();
  await page.getByRole('button', { name: 'Weglaten: Alle functionaliteiten' }).click();
  await page.getByRole('dialog', { name: 'Een profiel verwijderen' }).getByRole('button', { name: 'OK' }).click();
  const refused = page.getByRole('alertdialog', { name: 'Een profiel verwijderen' });
  await expect(refused).toContainText('het is niet mogelijk om een profiel te verwijderen dat nog minstens aan één gebruiker toegekend is');
  await refused.getByRole('button', { name: 'OK' }).click();
  await expect(pw.profilesTable().getByRole('rowheader', { name: 'Alle functionaliteiten' })).toBeVisible();

  // Remove the assignment, then delete; Annuleren first keeps it.
  await page.getByRole('button', { name: 'Profielen toekennen: Vermeulen Lotte' }).click();
  const window = page.getByRole('dialog', { name: 'Profielen toekennen aan Lotte Vermeulen' });
  await window.getByRole('checkbox', { name: 'Alle functionaliteiten' }).uncheck();
  await window.getByRole('button', { name: 'Bewaren' }).click();
  await expect(pw.usersTable().getByRole('row', { name: /Vermeulen Lotte/ })).toContainText('Geen profiel');
  await page.getByRole('button', { name: 'Weglaten: Alle functionaliteiten' }).click();
  await page.getByRole('dialog', { name: 'Een profiel verwijderen' }).getByRole('button', { name: 'Annuleren' }).click();
  await expect(pw.profilesTable().getByRole('rowheader', { name: 'Alle functionaliteiten' })).toBeVisible();
  await page.getByRole('button', { name: 'Weglaten: Alle functionaliteiten' }).click();
  await page.getByRole('dialog', { name: 'Een profiel verwijderen' }).getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('Het profiel werd verwijderd.')).toBeVisible();
  await expect(page.getByText('Er zijn nog geen profielen.')).toBeVisible();
});

test('a profile assigned by the administrator appears for the agent after a new login', async ({ page }) => {
  const pw = new Primaweb(page);
  await pw.flow.open();
  // Pieter is not listed before his first login.
  await pw.login('lotte', 'PrimaWeb beheer');
  await pw.openManagement();
  await expect(pw.usersTable().getByText('Claes Pieter')).toHaveCount(0);
  await page.getByText('Vindt u een gebruiker niet terug in de lijst?').click();
  await expect(page.getByText('of de persoon zich reeds één keer heeft aangemeld in Primaweb.')).toBeVisible();
  await pw.createProfile('Onthaal', 'Accueil', () => pw.applyPredefined('Administratieve medewerker'));
  await pw.logout();

  await pw.login('pieter');
  await expect(page.getByRole('heading', { name: 'Eerste aanmelding' })).toBeVisible();
  await pw.logout();

  await pw.login('lotte', 'PrimaWeb beheer');
  await pw.openManagement();
  const row = pw.usersTable().getByRole('row', { name: /Claes Pieter/ });
  await expect(row).toContainText('Geen profiel');
  await page.getByRole('button', { name: 'Profielen toekennen: Claes Pieter' }).click();
  await page.getByRole('dialog').getByRole('checkbox', { name: 'Onthaal' }).check();
  await page.getByRole('dialog').getByRole('button', { name: 'Bewaren' }).click();
  await expect(row).toContainText('Onthaal');
  await page.getByRole('button', { name: 'Afdrukken: Claes Pieter' }).click();
  await expect(page.getByRole('heading', { name: 'Profielen van Claes Pieter' })).toBeVisible();
  await page.getByRole('button', { name: 'Functies van het profiel Onthaal tonen' }).click();
  await expect(page.getByText('Een nieuw dossier aanmaken')).toBeVisible();
  await page.getByRole('button', { name: 'Terug' }).click();
  await pw.logout();

  await pw.login('pieter');
  await expect(page.getByRole('heading', { name: 'Dossiers' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Eerste aanmelding' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Mijn toegangen', exact: true }).click();
  await expect(page.getByRole('rowheader', { name: 'Onthaal' })).toBeVisible();
});

test('Deactiveren removes every profile and moves the user to "Inactieve gebruikers"; Reactiveren brings them back without profiles', async ({ page }) => {
  const pw = new Primaweb(page);
  await pw.flow.open();
  await pw.login('lotte', 'PrimaWeb beheer');
  await pw.openManagement();
  await page.getByRole('button', { name: 'Deactiveren: Vermeulen Lotte' }).click();
  const confirm = page.getByRole('dialog', { name: 'Een gebruiker deactiveren' });
  await confirm.getByRole('button', { name: 'Annuleren' }).click();
  await expect(pw.usersTable().getByText('Vermeulen Lotte')).toBeVisible();
  await page.getByRole('button', { name: 'Deactiveren: Vermeulen Lotte' }).click();
  await confirm.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('De gebruiker werd gedeactiveerd en uit alle profielen verwijderd.')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Vermeulen Lotte' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Afdrukken: Alle functionaliteiten' }).click();
  await expect(page.getByText('Dit profiel werd aan niemand toegekend.')).toBeVisible();
  await page.getByRole('button', { name: 'Terug' }).click();

  await page.getByRole('button', { name: 'Inactieve gebruikers tonen' }).click();
  const inactive = page.getByRole('region', { name: 'Inactieve gebruikers' });
  await expect(inactive.getByRole('rowheader', { name: 'Vermeulen Lotte' })).toBeVisible();
  await inactive.getByRole('button', { name: 'Reactiveren: Vermeulen Lotte' }).click();
  await expect(page.getByText('De gebruiker werd gereactiveerd, zonder profielen.')).toBeVisible();
  await expect(pw.usersTable().getByRole('row', { name: /Vermeulen Lotte/ })).toContainText('Geen profiel');
});

test('the description is shown in the language of the login, and the screens are French', async ({ page }) => {
  const pw = new Primaweb(page);
  await pw.flow.open();
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('fr');
  await loginUntilEnterpriseInFrench(page, 'Lotte Vermeulen', '1234');
  await page.getByRole('button', { name: /^OCMW HERSTAPPE/ }).click();
  await page.getByRole('button', { name: "Démarrer l'application" }).click();
  await page.getByLabel('Rôle').selectOption({ label: 'Gestion PrimaWeb' });
  await page.getByRole('button', { name: 'choisir' }).click();
  await page.getByRole('button', { name: 'Gestion des accès des utilisateurs du CPAS' }).click();
  await expect(page.getByRole('rowheader', { name: 'Toutes les fonctionnalités' })).toBeVisible();
  await page.getByRole('button', { name: 'Créer un profil', exact: true }).click();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Complétez la description, en néerlandais et en français.')).toBeVisible();
  await page.getByLabel('Description (néerlandais) *').fill('Onthaal');
  await page.getByLabel('Description (français) *').fill('Accueil');
  await page.getByRole('combobox', { name: 'Profil prédéfini', exact: true }).selectOption({ label: 'Travailleur social' });
  await page.getByRole('button', { name: 'Cocher les fonctions' }).click();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('rowheader', { name: 'Accueil' })).toBeVisible();
  // Switching the simulator's language does not change PrimaWeb's session language.
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('nl');
  await expect(page.getByRole('rowheader', { name: 'Accueil' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Beheer van de toegangen van de gebruikers van het OCMW', level: 1 })).toBeVisible();
});
