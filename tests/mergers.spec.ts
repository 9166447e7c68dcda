import { expect, expectAccessible, test } from './support/fixtures';
import { OCMW_ONLINE_PERMISSIONS } from './support/chaman.page';
import { LoginFlow, loginUntilEnterpriseInFrench } from './support/login.page';
import { Primaweb } from './support/primaweb.page';
import { openCapacity, openUsers } from './support/toegangsbeheer.page';
import { press, tabTo } from './support/keyboard';

test.describe.configure({ timeout: 60_000 });

const guide = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Fusies 2025' });

test('"Welk scenario geldt voor uw OCMW?": one municipality of each scenario, by name or NIS code', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Fusies 2025', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Fusies 2025', level: 1 })).toBeFocused();
  for (const [query, merger, scenario] of [
    ['Melle', 'Melle, Merelbeke → Merelbeke - Melle', 'Scenario 1: Nieuw KBO & nieuw NIS'],
    ['44045', 'Lokeren, Moerbeke → Lokeren', 'Scenario 2: Behoud KBO & nieuw NIS'],
    ['borsbeek', 'Antwerpen, Borsbeek → Antwerpen', 'Scenario 3: Behoud KBO & NIS'],
  ] as const) {
    await guide(page).getByLabel('Gemeente of NIS-code').fill(query);
    await guide(page).getByRole('button', { name: 'Zoeken' }).click();
    await guide(page).getByRole('button', { name: merger }).click();
    await expect(guide(page).getByRole('heading', { name: scenario })).toBeVisible();
  }
  await expect(guide(page).getByRole('cell', { name: '11002' }).first()).toBeVisible();
  await expectAccessible(page, 'Fusies 2025 scenario 3');
  await guide(page).getByLabel('Gemeente of NIS-code').fill('Herstappe');
  await guide(page).getByRole('button', { name: 'Zoeken' }).click();
  await expect(guide(page).getByText('Geen fusie gevonden voor "Herstappe".', { exact: false })).toBeVisible();
});

test('the checklist of scenario 1: ticks survive a reload, an item opens its exercise, it prints, and it is French', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
  await page.goto('./');
  await page.getByRole('button', { name: 'Fusies 2025', exact: true }).click();
  await guide(page).getByLabel('Gemeente of NIS-code').fill('Merelbeke');
  await guide(page).getByRole('button', { name: 'Zoeken' }).click();
  await guide(page).getByRole('button', { name: /→ Merelbeke - Melle/ }).click();
  const ftp = guide(page).getByRole('checkbox', { name: 'Voor het nieuwe KBO-nummer moet een FTP-account en een REST-account aangemaakt worden.' });
  await ftp.check();
  await expect(guide(page).getByText('Vink af wat gedaan is (1 van', { exact: false })).toBeVisible();
  await expectAccessible(page, 'Fusies 2025 checklist');
  await guide(page).getByRole('button', { name: 'Afdrukken' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.reload();
  await page.getByRole('button', { name: 'Fusies 2025', exact: true }).click();
  await guide(page).getByLabel('Gemeente of NIS-code').fill('Merelbeke');
  await guide(page).getByRole('button', { name: 'Zoeken' }).click();
  await guide(page).getByRole('button', { name: /→ Merelbeke - Melle/ }).click();
  await expect(ftp).toBeChecked();

  await page.getByLabel('Taal', { exact: true }).selectOption('fr');
  const fusions = page.getByRole('region', { name: 'Fusions 2025' });
  await expect(fusions.getByRole('heading', { name: 'Scénario 1 : nouveau BCE & nouveau INS' })).toBeVisible();
  await expect(fusions.getByRole('checkbox', { name: 'Pour le nouveau numéro BCE, un compte FTP et un compte REST doivent être créés.' })).toBeChecked();
  await expectAccessible(page, 'Fusions 2025 (fr)');
  await page.getByLabel('Langue', { exact: true }).selectOption('nl');
  await guide(page).getByRole('button', { name: 'Oefenen: Fusie: FTP- en REST-account voor het nieuwe KBO-nummer' }).first().click();
  await expect(guide(page)).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: "Scenario's" }).getByRole('heading', { name: 'Fusie: FTP- en REST-account voor het nieuwe KBO-nummer' })).toBeVisible();
});

test('Aanmelden in de overgangsfase: Karen chooses the disappearing or the new OCMW; the old files stay under the old number', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.insertCard(/Karen/);
  await flow.loginUntilEnterprise('Karen De Vos', '1357');
  await expect(page.getByRole('button', { name: /^OCMW MELLE/ })).toContainText('207040164');
  await expect(page.getByRole('button', { name: /^OCMW MERELBEKE-MELLE/ })).toContainText('1009000136');
  await expectAccessible(page, 'transition-phase enterprise choice');

  // The disappearing OCMW: Emma's running file, integrated in code 02 since 06/05/2024.
  await flow.chooseEnterprise('OCMW MELLE');
  await page.getByRole('button', { name: 'Applicatie opstarten' }).click();
  await page.getByRole('button', { name: 'Opzoeken van een dossier' }).click();
  await page.getByLabel('Naam of INSZ').fill('Claeys');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('button', { name: 'Openen: Claeys Emma' }).click();
  await expect(page.getByRole('heading', { name: 'Huidige aanvraag', level: 1 })).toBeVisible();
  await expect(page.getByText('06/05/2024').first()).toBeVisible();
  await page.getByRole('button', { name: 'Afmelden' }).click();

  // The new OCMW knows her files only once they are entered again there.
  await flow.loginUntilEnterprise('Karen De Vos', '1357');
  await flow.chooseEnterprise('OCMW MERELBEKE-MELLE');
  await page.getByRole('button', { name: 'Applicatie opstarten' }).click();
  await expect(page.getByRole('heading', { name: 'Gelieve uw rol te selecteren:' })).toBeVisible();
});

test('guided "Fusie: integraties overzetten (scenario 1)": stop on 31/12/2024 under Melle, integrate from 01/01/2025 under Merelbeke-Melle, the timeline shows both', async ({ page }) => {
  test.setTimeout(120_000);
  const panel = page.getByRole('complementary', { name: "Scenario's" });
  const pw = new Primaweb(page);
  const flow = pw.flow;
  await page.goto('./');
  await panel.getByRole('button', { name: 'Begeleid: Fusie: integraties overzetten (scenario 1)' }).click();
  await flow.loginUntilEnterprise('Karen De Vos', '1357');
  await flow.chooseEnterprise('OCMW MELLE');
  await page.getByRole('button', { name: 'Applicatie opstarten' }).click();
  await pw.searchFiles('Claeys');
  await page.getByRole('button', { name: 'Openen: Claeys Emma' }).click();
  // Integrating instead of disintegrating is not this step.
  await pw.integrationPeriod('01/01/2025', '02', /Claeys Emma/, 'Integreren');
  await expect(panel.getByRole('alert')).toContainText('Dat is niet de volgende stap');
  await page.getByRole('button', { name: 'Desintegreren', exact: true }).click();
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await flow.loginUntilEnterprise('Karen De Vos', '1357');
  await flow.chooseEnterprise('OCMW MERELBEKE-MELLE');
  await page.getByRole('button', { name: 'Applicatie opstarten' }).click();
  await flow.chooseRole('Sociale Agent');
  await pw.searchFiles('Claeys');
  await page.getByRole('button', { name: /Claeys Emma/ }).click();
  await pw.integrationPeriod('01/01/2025', '02', /Claeys Emma/, 'Integreren');
  await page.getByRole('navigation', { name: 'Menu van de aanvraag' }).getByRole('button', { name: 'Tijdlijn' }).click();
  await expect(panel.getByText('Scenario voltooid!')).toBeVisible();
  const table = page.getByRole('table', { name: 'Dezelfde integraties als tekst' });
  await expect(table.getByRole('row').filter({ hasText: 'OCMW van Melle' }).filter({ hasText: '31/12/2024' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: 'OCMW van Merelbeke-Melle' }).filter({ hasText: '01/01/2025' })).toHaveCount(1);
  await expectAccessible(page, 'timeline after the merger');
});

test('guided "Fusie: FTP- en REST-account voor het nieuwe KBO-nummer": Karen, for OCMW Merelbeke-Melle', async ({ page }) => {
  test.setTimeout(120_000);
  const panel = page.getByRole('complementary', { name: "Scenario's" });
  const flow = new LoginFlow(page);
  await page.goto('./');
  await panel.getByRole('button', { name: 'Begeleid: Fusie: FTP- en REST-account voor het nieuwe KBO-nummer' }).click();
  await page.getByRole('link', { name: /^Onderneming/ }).click();
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('ChaMan');
  await page.getByRole('button', { name: 'Go!' }).click();
  await page.getByRole('link', { name: 'ChaMan', exact: true }).click();
  await page.getByRole('button', { name: 'Beheer uw technische kanalen' }).click();
  await page.getByRole('button', { name: 'Professional' }).click();
  await page.getByRole('button', { name: 'Aanmelden met eID' }).click();
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await flow.chooseCertificate('Karen De Vos');
  await flow.enterPin('1357');
  // The disappearing OCMW is not this exercise's.
  await flow.chooseEnterprise('OCMW MELLE');
  await expect(panel.getByRole('alert')).toContainText('Dat is niet de volgende stap');
  await flow.chooseEnterprise('OCMW MERELBEKE-MELLE');
  await expect(page.getByText('Openbaar Centrum voor Maatschappelijk Welzijn van Merelbeke-Melle - Maatschappelijk Welzijn')).toBeVisible();
  await page.getByLabel('Naam*').fill('Karen De Vos');
  await page.getByLabel('Telefoonnummer*').fill('456986532');
  await page.getByLabel('E-mailadres*').fill('karen.devos@ocmw-merelbeke-melle.be');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await page.getByRole('button', { name: 'Een FTP- of SFTP-account toevoegen' }).click();
  await page.getByLabel('Type*').selectOption('FTP');
  await page.getByLabel('Accountnaam*').fill('EXPOCMWMM');
  await page.getByRole('checkbox', { name: 'Mutaties RijksRegister' }).check();
  await page.getByLabel('Certificaat*', { exact: true }).selectOption('ocmw-herstappe-ftp.cer');
  await page.getByLabel('Certificaatnaam*').fill('OCMW Merelbeke-Melle FTP');
  await page.getByLabel('Gebruikersnaam*').fill('ocmwmm01');
  await page.getByLabel('Wachtwoord*').fill('Fusie;2025!');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await page.getByRole('button', { name: 'Een Webservice account toevoegen' }).click();
  await page.getByRole('dialog').getByLabel('Type*').selectOption('REST');
  await page.getByRole('dialog').getByRole('button', { name: 'Bevestigen' }).click();
  for (const permission of OCMW_ONLINE_PERMISSIONS) await page.getByRole('checkbox', { name: permission }).check();
  await page.getByRole('radio', { name: 'Extern beheer - een externe onderneming beheert het certificaat' }).check();
  await page.getByLabel('Ondernemingsnummer van de externe onderneming*').selectOption('Cipal - Schaubroeck');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await page.getByRole('region', { name: 'Softwareleverancier (simulatie)' }).getByRole('button', { name: 'Aanvaarden' }).click();
  await expect(panel.getByText('Scenario voltooid!')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'OCMW Online' })).toBeVisible();
});

test('guided "Fusie: OCMW-configuratie voor het nieuwe KBO-nummer": the four pages for Merelbeke-Melle', async ({ page }) => {
  test.setTimeout(120_000);
  const panel = page.getByRole('complementary', { name: "Scenario's" });
  const flow = new LoginFlow(page);
  await page.goto('./');
  await panel.getByRole('button', { name: 'Begeleid: Fusie: OCMW-configuratie voor het nieuwe KBO-nummer' }).click();
  await page.getByRole('link', { name: 'OCMW-configuratie', exact: true }).click();
  await flow.toCertificateChoice();
  await flow.chooseCertificate('Karen De Vos');
  await flow.enterPin('1357');
  await flow.chooseEnterprise('OCMW MERELBEKE-MELLE');
  await flow.chooseRole('OCMW-configuratie');
  await page.getByRole('checkbox', { name: 'MURN Rijksregister', exact: true }).uncheck();
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await page.getByRole('link', { name: 'Technische dienstverleners' }).click();
  await page.getByLabel('Wie is uw netwerkprovider?').selectOption('Telenet');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await page.getByRole('link', { name: 'Contactgegevens' }).click();
  const street = page.getByRole('group', { name: 'Straat *' });
  await street.getByLabel('NL').fill('Hundelgemsesteenweg');
  await street.getByRole('button', { name: /\(Straat NL\)/ }).click();
  const city = page.getByRole('group', { name: 'Stad *' });
  await city.getByLabel('NL').fill('Merelbeke-Melle');
  await city.getByRole('button', { name: /\(Stad NL\)/ }).click();
  await page.getByLabel('Nummer * :', { exact: true }).fill('1');
  await page.getByLabel('Postcode * :', { exact: true }).fill('9820');
  await page.getByLabel('Telefoonnummer * :', { exact: true }).fill('09 210 33 00');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await page.getByRole('link', { name: 'OCMW Online' }).click();
  const notifications = page.getByRole('form', { name: 'Notificaties' });
  await notifications.getByRole('radio', { name: 'ja' }).check();
  await notifications.getByLabel('Adres waarnaar deze e-mails moeten worden verzonden :').fill('onthaal@ocmw-merelbeke-melle.be');
  await notifications.getByRole('button', { name: 'Bewaren' }).click();
  await expect(panel.getByText('Scenario voltooid!')).toBeVisible();
});

test('guided "Fusie: de toegangsbeheerder van het nieuwe OCMW aanstellen": the HTB appoints Jan and removes Eva', async ({ page }) => {
  test.setTimeout(120_000);
  const panel = page.getByRole('complementary', { name: "Scenario's" });
  const flow = new LoginFlow(page);
  await page.goto('./');
  await panel.getByRole('button', { name: "Begeleid: Fusie: de toegangsbeheerder van het nieuwe OCMW aanstellen" }).click();
  await page.getByRole('link', { name: 'Toegangsbeheer', exact: true }).click();
  await flow.toCertificateChoice();
  await flow.chooseCertificate('Karen De Vos');
  await flow.enterPin('1357');
  // 004 l.255–300: the enterprise's name, the capacity, "Van Toegangsbeheerder veranderen".
  await openCapacity(page, '1009.000.136 - OCMW MERELBEKE-MELLE');
  await page.getByRole('button', { name: 'Van Toegangsbeheerder veranderen' }).click();
  await page.getByLabel('INSZ:').fill('55.05.05-181.83');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByText('jmaes is nu de lokale beheerder van de hoedanigheid.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Functionaliteiten' }).getByRole('link', { name: 'Gebruikers', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Gebruikers', level: 1 })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Eva Wauters aanvinken' }).check();
  await page.getByLabel('Actie voor de aangevinkte gebruikers').selectOption({ label: 'Gebruiker(s) verwijderen' });
  await page.getByRole('button', { name: 'Uitvoeren' }).click();
  await page.getByRole('alertdialog', { name: 'Gebruiker(s) verwijderen' }).getByRole('button', { name: 'OK' }).click();
  await expect(panel.getByText('Scenario voltooid!')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Wauters' })).toHaveCount(0);
});

for (const [n, holder, pin, from, to, lastName] of [
  ['2', 'Hanne Desmet', '2468', 'OCMW MOERBEKE', 'OCMW LOKEREN', 'Verhoeven'],
  ['3', 'Wout Janssens', '1593', 'OCMW BORSBEEK', 'CPAS Anvers', 'Wuyts'],
] as const) {
  test(`guided "Fusie: integraties overzetten (scenario ${n})": ${from} → ${to}`, async ({ page }) => {
    test.setTimeout(120_000);
    const panel = page.getByRole('complementary', { name: "Scenario's" });
    const pw = new Primaweb(page);
    const flow = pw.flow;
    await page.goto('./');
    await panel.getByRole('button', { name: `Begeleid: Fusie: integraties overzetten (scenario ${n})` }).click();
    await flow.loginUntilEnterprise(holder, pin);
    await flow.chooseEnterprise(from);
    await page.getByRole('button', { name: 'Applicatie opstarten' }).click();
    await pw.searchFiles(lastName);
    await page.getByRole('button', { name: new RegExp(`^Openen: ${lastName}`) }).click();
    await pw.integrationPeriod('01/01/2025', '02', new RegExp(lastName), 'Desintegreren');
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await flow.loginUntilEnterprise(holder, pin);
    await flow.chooseEnterprise(to);
    await page.getByRole('button', { name: 'Applicatie opstarten' }).click();
    await pw.searchFiles(lastName);
    await page.getByRole('button', { name: new RegExp(`registreren voor ${lastName}`) }).click();
    await pw.integrationPeriod('01/01/2025', '02', new RegExp(lastName), 'Integreren');
    const menu = page.getByRole('navigation', { name: 'Menu van de aanvraag' });
    await menu.getByRole('button', { name: 'Tijdlijn' }).click();
    await expect(panel.getByText('Scenario voltooid!')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Dezelfde integraties als tekst' }).getByRole('row').filter({ hasText: '31/12/2024' })).toHaveCount(1);
  });
}

test('guided merger exercise in French: "Fusion : désigner le gestionnaire d\'accès du nouveau CPAS"', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await page.getByLabel('Taal', { exact: true }).selectOption('fr');
  const panel = page.getByRole('complementary', { name: 'Scénarios' });
  await panel.getByRole('button', { name: "Guidé: Fusion : désigner le gestionnaire d'accès du nouveau CPAS" }).click();
  await expect(panel.getByText('Choisissez le service en ligne « Gestion des accès ».')).toBeVisible();
  await page.getByRole('link', { name: 'Gestion des accès', exact: true }).click();
  await page.getByRole('button', { name: 'Démarrer le service en ligne' }).click();
  await page.getByRole('button', { name: "Se connecter avec l'eID" }).click();
  await page.getByRole('button', { name: 'Confirmer' }).click();
  const certificates = page.getByRole('dialog', { name: 'Sélectionner un certificat' });
  await certificates.getByRole('radio', { name: /Karen De Vos/ }).check();
  await certificates.getByRole('button', { name: 'OK' }).click();
  const pin = page.getByRole('dialog', { name: 'Vérification eID' });
  await pin.getByLabel('Code PIN').fill('1357');
  await pin.getByRole('button', { name: 'OK' }).click();
  await page.getByLabel("Numéro d'entreprise :").selectOption({ label: '1009.000.136 - OCMW MERELBEKE-MELLE' });
  // 004 l.255–300: the enterprise's name, the capacity, "Van Toegangsbeheerder veranderen".
  await page.getByRole('link', { name: 'OCMW MERELBEKE-MELLE', exact: true }).click();
  await page.getByRole('table', { name: 'Activée(s)' }).getByRole('link', { name: 'Aide sociale' }).click();
  await page.getByRole('button', { name: "Changer de gestionnaire d'accès" }).click();
  await page.getByLabel('NISS :').fill('55.05.05-181.83');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('button', { name: 'Confirmer' }).click();
  await page.getByRole('navigation', { name: 'Fonctionnalités' }).getByRole('link', { name: 'Utilisateurs', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Cocher Eva Wauters' }).check();
  await page.getByLabel('Action pour les utilisateurs cochés').selectOption({ label: 'Supprimer le(s) utilisateur(s)' });
  await page.getByRole('button', { name: 'Exécuter' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
  await expect(panel.getByText('Scénario terminé !')).toBeVisible();
  await expectAccessible(page, 'merger exercise done (fr)');
});

test('guided merger exercise in French: "Fusion : transférer les intégrations (scénario 2)", Moerbeke → Lokeren', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await page.getByLabel('Taal', { exact: true }).selectOption('fr');
  const panel = page.getByRole('complementary', { name: 'Scénarios' });
  await panel.getByRole('button', { name: 'Guidé: Fusion : transférer les intégrations (scénario 2)' }).click();
  const login = async (enterprise: string) => {
    await loginUntilEnterpriseInFrench(page, 'Hanne Desmet', '2468');
    await page.getByRole('button', { name: new RegExp(`^${enterprise}`) }).click();
    await page.getByRole('button', { name: "Démarrer l'application" }).click();
    await page.getByRole('button', { name: "Recherche d'un dossier" }).click();
    await page.getByLabel('Nom ou NISS').fill('Verhoeven');
    await page.getByRole('button', { name: 'Rechercher' }).click();
  };
  const menu = page.getByRole('navigation', { name: 'Menu de la demande' });
  const period = async (action: 'Désintégrer' | 'Intégrer') => {
    await menu.getByRole('button', { name: 'Intégrations – Désintégrations' }).click();
    await page.getByRole('textbox', { name: 'Date de début *', exact: true }).fill('01/01/2025');
    await page.getByLabel('Code qualité *').selectOption('02');
    await page.getByRole('checkbox', { name: /Verhoeven/ }).check();
    await page.getByRole('button', { name: action, exact: true }).click();
  };
  await login('OCMW MOERBEKE');
  await page.getByRole('button', { name: /^Ouvrir: Verhoeven/ }).click();
  await period('Désintégrer');
  await expect(panel.getByText('Déconnectez-vous complètement', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await login('OCMW LOKEREN');
  await page.getByRole('button', { name: /Enregistrer une nouvelle demande pour Verhoeven/ }).click();
  await period('Intégrer');
  await menu.getByRole('button', { name: 'Ligne du temps' }).click();
  await expect(panel.getByText('Scénario terminé !')).toBeVisible();
  await expect(panel.getByText("Luc Verhoeven est intégré(e) sous le CPAS de Moerbeke jusqu'au 31/12/2024 et sous le CPAS de Lokeren à partir du 01/01/2025.", { exact: false })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Les mêmes intégrations en texte' }).getByRole('row').filter({ hasText: '31/12/2024' })).toHaveCount(1);
  await expectAccessible(page, 'merger integrations done (fr)');
});

const openGuide = async (page: import('@playwright/test').Page) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Fusies 2025', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Fusies 2025', level: 1 })).toBeFocused();
};
const chooseMerger = async (page: import('@playwright/test').Page, query: string, merger: RegExp) => {
  await guide(page).getByLabel('Gemeente of NIS-code').fill(query);
  await guide(page).getByRole('button', { name: 'Zoeken' }).click();
  await guide(page).getByRole('status').getByRole('button', { name: merger }).click();
};

test('issue 11.10: before a search, the finder on top, then "Overzicht verschillende scenario\'s" and "Welk scenario geldt voor uw OCMW?" with the lists; a line opens its scenario (nl, fr)', async ({ page }) => {
  await openGuide(page);
  const finder = guide(page).getByRole('search', { name: 'Welk scenario geldt voor uw OCMW?' });
  const overview = guide(page).getByRole('region', { name: "Overzicht verschillende scenario's" });
  const lists = guide(page).getByRole('region', { name: 'Welk scenario geldt voor uw OCMW?' });
  await expect(finder).toBeVisible();
  for (const title of ['Scenario 1: Nieuw KBO & nieuw NIS', 'Scenario 2: Behoud KBO & nieuw NIS', 'Scenario 3: Behoud KBO & NIS']) {
    await expect(overview.getByRole('heading', { name: title, level: 3 })).toBeVisible();
  }
  await expect(overview.getByText('Meerdere OCMW\'s fusioneren, het KBO-nummer en NIS van 1 OCMW wordt behouden.')).toBeVisible();
  await expect(overview.getByText('Omwille van het nieuwe NIS-nummer moeten alle fuserende OCMW\'s:')).toBeVisible();
  await expect(overview.getByText('Vergeet niet het nieuwe wachtwoord door te geven aan uw softwareleverancier!', { exact: true })).toHaveCount(1);
  await expect(overview.getByRole('checkbox')).toHaveCount(0);
  for (const line of ['Beveren, Kruibeke en Zwijndrecht → Beveren - Kruibeke - Zwijndrecht', 'Melle en Merelbeke → Merelbeke – Melle', 'Hasselt en Kortesseem → Hasselt', 'Antwerpen-Borsbeek → Antwerpen']) {
    await expect(lists.getByRole('button', { name: line, exact: true })).toBeVisible();
  }
  await expect(lists.getByRole('button')).toHaveCount(13);
  // The finder first, then the overview, then the lists, as the document orders them.
  const y = async (l: import('@playwright/test').Locator) => (await l.boundingBox())!.y;
  expect(await y(finder)).toBeLessThan(await y(overview));
  expect(await y(overview)).toBeLessThan(await y(lists));
  await expectAccessible(page, 'Fusies 2025 overview');
  await lists.getByRole('button', { name: 'Lokeren en Moerbeke → Lokeren' }).click();
  await expect(guide(page).getByRole('heading', { name: 'Scenario 2: Behoud KBO & nieuw NIS', level: 2 })).toBeFocused();
  await expect(overview).toHaveCount(0);
  await guide(page).getByRole('button', { name: 'Terug naar het overzicht' }).click();
  await expect(overview.getByRole('heading', { level: 2 })).toBeFocused();

  await page.getByLabel('Taal', { exact: true }).selectOption('fr');
  const fusions = page.getByRole('region', { name: 'Fusions 2025' });
  await expect(fusions.getByRole('region', { name: 'Aperçu des différents scénarios' }).getByRole('heading', { name: 'Scénario 2 : maintien du BCE & nouveau INS' })).toBeVisible();
  await expect(fusions.getByRole('button', { name: 'Lokeren et Moerbeke → Lokeren' })).toBeVisible();
  await expectAccessible(page, 'Fusions 2025 aperçu (fr)');
});

test('issue 11.11 and 11.15: scenario 2\'s checklist has its section\'s dates and rules; "Huidig Toegangsbeheer \'updaten\' (Alle OCMW\'s)" opens the exercise in OCMW Moerbeke, played through', async ({ page }) => {
  test.setTimeout(120_000);
  await openGuide(page);
  await chooseMerger(page, 'Moerbeke', /→ Lokeren/);
  for (const part of [
    'Het Toegangsbeheer zal pas beschikbaar zijn vanaf 01/01/2025 doordat het nieuwe KBO-nummer dan pas actief is.',
    'Dead line 15/11/2024.',
    'Pas in 2026 zal u de aangifte voor het nieuwe OCMW moeten doen.',
    'tot en met 31/12/2024.',
    'Vanuit NovaPRIMA (POD MI) zullen er nog een tijd',
    'Afhankelijk van wat u gaat doen, kiest u het "verdwijnde" of het "nieuwe" OCMW.',
  ]) {
    await expect(guide(page).getByRole('checkbox', { name: part })).toHaveCount(1);
  }
  await expect(guide(page).getByRole('group', { name: 'Aanmelden in de overgangsfase' })).toBeVisible();
  await expectAccessible(page, 'Fusies 2025 scenario 2 checklist');
  // Scenario 3 has its own rule for the OCMW that keeps its number; scenario 1 its ChaMan and OCMW-configuratie notes.
  await chooseMerger(page, 'Borsbeek', /→ Antwerpen/);
  await expect(guide(page).getByRole('checkbox', { name: 'Het OCMW dat het KBO nummer behoudt mag de lopende beslissingen/integraties en multifunctionele attesten laten zoals ze zijn.' })).toBeVisible();
  await chooseMerger(page, 'Melle', /→ Merelbeke - Melle/);
  await expect(guide(page).getByRole('checkbox', { name: /zodra de RSZ de gegevens van Toegangsbeheer heeft gekopieerd/ })).toBeVisible();
  await expect(guide(page).getByRole('checkbox', { name: /^Opgelet! De delen Contactgegevens en OCMW Online zijn momenteel nog niet beschikbaar/ })).toBeVisible();

  await chooseMerger(page, 'Moerbeke', /→ Lokeren/);
  const title = 'Fusie: huidig Toegangsbeheer "updaten" (scenario 2)';
  await guide(page).getByRole('button', { name: `Oefenen: ${title}` }).first().click();
  const panel = page.getByRole('complementary', { name: "Scenario's" });
  await expect(panel.getByRole('heading', { name: title })).toBeVisible();
  const flow = new LoginFlow(page);
  await page.getByRole('link', { name: 'Toegangsbeheer', exact: true }).click();
  await flow.toCertificateChoice();
  await flow.chooseCertificate('Hanne Desmet');
  await flow.enterPin('2468');
  await openUsers(page, '(Lokale Beheerder)', '0207.051.844 - OCMW MOERBEKE');
  await page.getByRole('button', { name: 'Een gebruiker toevoegen', exact: true }).click();
  await page.getByLabel('INSZ:').fill('88.03.17-123.72');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Gebruikersnaam (eerste keer) *').fill('lvandamme');
  await page.getByLabel('Gebruikersnaam (bevestiging) *').fill('lvandamme');
  await page.getByLabel('Wachtwoord (eerste keer) *').fill('Oefenen!2024');
  await page.getByLabel('Wachtwoord (bevestiging) *').fill('Oefenen!2024');
  await page.getByLabel('Naam *', { exact: true }).fill('Van Damme');
  await page.getByLabel('Voornaam *').fill('Lotte');
  await page.getByLabel('E-mailadres *').fill('lotte.vandamme@ocmw-moerbeke.be');
  await page.getByRole('checkbox', { name: 'Sociale Agent' }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(panel.getByText('Scenario voltooid!')).toBeVisible();
  await expect(page.getByText('De gebruiker lvandamme is aangemaakt.')).toBeVisible();
  await expectAccessible(page, 'scenario 2 updaten done');
});

test('issue 11.12: printing shows the checklist on screen (print media), not a blank page; the overview prints too', async ({ page }) => {
  await openGuide(page);
  await page.emulateMedia({ media: 'print' });
  await expect(guide(page).getByRole('heading', { name: "Overzicht verschillende scenario's" })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await chooseMerger(page, 'Merelbeke', /→ Merelbeke - Melle/);
  const ftp = guide(page).getByRole('checkbox', { name: 'Voor het nieuwe KBO-nummer moet een FTP-account en een REST-account aangemaakt worden.' });
  await ftp.check();
  await page.emulateMedia({ media: 'print' });
  await expect(guide(page).getByRole('heading', { name: 'Scenario 1: Nieuw KBO & nieuw NIS' })).toBeVisible();
  await expect(ftp).toBeVisible();
  await expect(ftp).toBeChecked();
  await expect(guide(page).getByRole('checkbox', { name: 'Pas in 2026 zal u de aangifte voor het nieuwe OCMW moeten doen.' })).toBeVisible();
  // Only the guide: the search, the buttons and the simulated browser stay off the paper.
  await expect(guide(page).getByRole('search')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Gesimuleerde browser' })).toBeHidden();
  const box = await guide(page).boundingBox();
  expect(box!.y).toBeLessThan(200);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(20_000);
});

test('issue 11.14: the finder knows the document\'s "Kortesseem" and French names ("Anvers", "CPAS Anvers"), with the keyboard alone', async ({ page }) => {
  await openGuide(page);
  const field = guide(page).getByLabel('Gemeente of NIS-code');
  for (const [query, result] of [
    ['Kortesseem', 'Hasselt, Kortessem → Hasselt (Kortesseem)'],
    ['Kortessem', 'Hasselt, Kortessem → Hasselt'],
    ['Anvers', 'Antwerpen, Borsbeek → Antwerpen (Anvers)'],
    ['CPAS Anvers', 'Antwerpen, Borsbeek → Antwerpen (Anvers)'],
  ] as const) {
    await tabTo(page, field);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    await expect(guide(page).getByRole('button', { name: result, exact: true })).toBeVisible();
  }
  await press(page, guide(page).getByRole('button', { name: 'Antwerpen, Borsbeek → Antwerpen (Anvers)', exact: true }));
  await expect(guide(page).getByRole('heading', { name: 'Scenario 3: Behoud KBO & NIS', level: 2 })).toBeFocused();
  const tick = guide(page).getByRole('checkbox', { name: 'Pas in 2026 zal u de aangifte voor het nieuwe OCMW moeten doen.' });
  await press(page, tick, 'Space');
  await expect(tick).toBeChecked();
  await expectAccessible(page, 'finder by keyboard');

  await page.getByLabel('Taal', { exact: true }).selectOption('fr');
  const fusions = page.getByRole('region', { name: 'Fusions 2025' });
  await fusions.getByLabel('Commune ou code INS').fill("CPAS d'Anvers");
  await fusions.getByRole('button', { name: 'Rechercher' }).click();
  await fusions.getByRole('button', { name: 'Antwerpen, Borsbeek → Antwerpen (Anvers)' }).click();
  await expect(fusions.getByRole('checkbox', { name: "Ce n'est qu'en 2026 que vous devrez faire la déclaration pour le nouveau CPAS." })).toBeChecked();
});

test('issue 11.16: the test report gives the simulated date, labelled, beside the computer\'s (nl, fr)', async ({ page }) => {
  test.setTimeout(120_000);
  const panel = page.getByRole('complementary', { name: "Scenario's" });
  await page.goto('./');
  await panel.getByRole('button', { name: 'Start de toets: Toets: fusies 2025' }).click();
  for (const n of [1, 2, 3, 4]) {
    await expect(panel.getByText(`Oefening ${n} van 4`)).toBeVisible();
    await panel.getByRole('button', { name: 'Inleveren' }).click();
    await page.getByRole('alertdialog', { name: 'Inleveren' }).getByRole('button', { name: 'Ja, inleveren' }).click();
    if (n < 4) await panel.getByRole('button', { name: 'Volgende oefening' }).click();
  }
  const report = page.getByRole('region', { name: 'Resultaat: Toets: fusies 2025' });
  await expect(report.getByRole('heading', { level: 1 })).toBeFocused();
  // The simulator's date, as the trainer's tool shows it (the world as the last exercise left it).
  const today = (await page.getByText(/^Gesimuleerde datum: \d\d\/\d\d\/\d{4}$/).first().textContent())!.replace('Gesimuleerde datum: ', '');
  await expect(report.getByText(/^Afgelegd op \d\d\/\d\d\/\d{4}, \d\d:\d\d \(datum van de computer\)\. Gesimuleerde datum: /)).toContainText(`Gesimuleerde datum: ${today}.`);
  await expectAccessible(page, 'test report with the simulated date');
  await page.getByLabel('Taal', { exact: true }).selectOption('fr');
  await expect(page.getByRole('region', { name: /^Résultat/ })).toContainText(`(date de l'ordinateur). Date simulée : ${today}.`);
});
