/**
 * Issue 11, points 4 to 6: "Toegangsbeheerder aanstellen" as 004 writes it (the name of the
 * enterprise, "Lijst van de hoedanigheden", the capacity, "Van Toegangsbeheerder veranderen"), a
 * Co-Lokale beheerder with a card, and every person's INSZ in the card reader.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { eidWithKeyboard, press, tabTo, typeInto } from './support/keyboard';
import { eidInFrench, LoginFlow } from './support/login.page';

test.describe.configure({ timeout: 90_000 });

/** "Kaarten", the person in "Kaart van" and "Kaart insteken", with the keyboard only. */
async function insertCardWithKeyboard(page: Page, personId: string) {
  const toggle = page.getByRole('button', { name: 'Kaarten' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await press(page, toggle);
  const select = page.getByLabel('Kaart van', { exact: true });
  await tabTo(page, select);
  for (let i = 0; i < 20 && (await select.inputValue()) !== personId; i++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(personId);
  await press(page, page.getByRole('button', { name: 'Kaart insteken' }));
}

/** Portal home → Toegangsbeheer's home as the holder of the card in the reader, with the keyboard only. */
async function toegangsbeheerWithKeyboard(page: Page, holder: string, pin: string) {
  await press(page, page.getByRole('link', { name: 'Ambtenaren en andere professionals' }));
  await press(page, page.getByRole('link', { name: "OCMW's & POD Maatschappelijke Integratie" }));
  await press(page, page.getByRole('link', { name: 'Toegangsbeheer', exact: true }));
  await press(page, page.getByRole('button', { name: 'Start de onlinedienst op' }));
  await eidWithKeyboard(page, holder, pin);
  await expect(page.getByRole('heading', { name: 'Toegangsbeheer voor Ondernemingen en Organisaties', level: 1 })).toBeVisible();
}

/** The same in French, with the mouse. */
async function toegangsbeheerInFrench(page: Page, card: RegExp, holder: string, pin: string) {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.insertCard(card);
  await page.getByLabel('Taal', { exact: true }).selectOption('fr');
  await page.getByRole('link', { name: 'Fonctionnaires et autres professionnels' }).click();
  await page.getByRole('link', { name: 'CPAS & SPP Intégration sociale' }).click();
  await page.getByRole('link', { name: 'Gestion des accès', exact: true }).click();
  await page.getByRole('button', { name: 'Démarrer le service en ligne' }).click();
  await eidInFrench(page, holder, pin);
}

test('issue 11.4: "Klik op de benaming van de onderneming", the capacity, "Van Toegangsbeheerder veranderen", INSZ, "Volgende" — keyboard only', async ({ page }) => {
  await page.goto('./');
  await insertCardWithKeyboard(page, 'ann');
  await toegangsbeheerWithKeyboard(page, 'Ann Wouters', '4711');
  await tabTo(page, page.getByLabel('Ondernemingsnummer:'));
  for (let i = 0; i < 5 && (await page.getByLabel('Ondernemingsnummer:').inputValue()) !== '0212333592'; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Benaming: OCMW HERSTAPPE Ondernemingsnummer: 0212.333.592 (Verantwoordelijke Toegangen Entiteit)')).toBeVisible();
  await press(page, page.getByRole('link', { name: 'OCMW HERSTAPPE', exact: true }));

  await expect(page.getByRole('heading', { name: 'Lijst van de hoedanigheden :', level: 1 })).toBeFocused();
  const list = page.getByRole('table', { name: 'Geactiveerd(en)' });
  await expect(list.getByRole('columnheader')).toHaveText(['Naam', 'Identificatie']);
  await expect(list.getByRole('rowheader')).toHaveText(['Maatschappelijk Welzijn', 'Werkgever PPL', 'Werkgever RSZ']);
  await expectAccessible(page, 'Toegangsbeheer Lijst van de hoedanigheden');
  await press(page, list.getByRole('link', { name: 'Werkgever RSZ' }));
  await expect(page.getByRole('status').getByText('"Werkgever RSZ" wordt niet nagebootst in de simulator. Kies "Maatschappelijk Welzijn".')).toBeVisible();
  // Back up the list to "Maatschappelijk Welzijn".
  const capacity = list.getByRole('link', { name: 'Maatschappelijk Welzijn' });
  for (let i = 0; i < 5 && !(await capacity.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(capacity).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Maatschappelijk Welzijn', level: 1 })).toBeFocused();
  await expect(page.getByText('Hoedanigheid: Maatschappelijk Welzijn; Ondernemingsnummer: 0212.333.592')).toBeVisible();
  const managers = page.getByRole('table', { name: /^Gebruikers Subafdeling/ });
  await expect(managers.getByRole('rowheader')).toHaveText(['Wouters']);
  await expectAccessible(page, 'Toegangsbeheer hoedanigheid');
  await press(page, page.getByRole('button', { name: 'Van Toegangsbeheerder veranderen' }));

  await expect(page.getByRole('heading', { name: 'Van Toegangsbeheerder veranderen', level: 1 })).toBeFocused();
  // "Annuleren" leads back to the capacity.
  await press(page, page.getByRole('button', { name: 'Annuleren' }));
  await expect(page.getByRole('heading', { name: 'Maatschappelijk Welzijn', level: 1 })).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Van Toegangsbeheerder veranderen' }));
  await typeInto(page, page.getByLabel('INSZ:'), '91.02.23-118.50');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Els Mertens heeft al een account voor deze hoedanigheid en wordt de lokale beheerder.', { exact: false })).toBeVisible();
  await expectAccessible(page, 'Toegangsbeheer overzicht Toegangsbeheerder');
  await press(page, page.getByRole('button', { name: 'Bevestigen' }));

  await expect(page.getByRole('heading', { name: 'Maatschappelijk Welzijn', level: 1 })).toBeVisible();
  await expect(page.getByText('emertens is nu de lokale beheerder van de hoedanigheid.')).toBeVisible();
  await expect(managers.getByRole('rowheader')).toHaveText(['Mertens']);
  // The same change as in "Gebruikers": Ann stays there as a user.
  await press(page, page.getByRole('navigation', { name: 'Functionaliteiten' }).getByRole('link', { name: 'Gebruikers', exact: true }));
  await expect(page.getByRole('heading', { name: 'Gebruikers', level: 1 })).toBeVisible();
  await tabTo(page, page.getByLabel('Naam :', { exact: true }), 200);
  await page.keyboard.type('Wouters');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Eén item gevonden.')).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Wouters' }) });
  await expect(row.getByRole('cell', { name: 'USER', exact: true })).toBeVisible();
});

test('issue 11.4: the same path in French, a new Toegangsbeheerder through the form', async ({ page }) => {
  await toegangsbeheerInFrench(page, /Ann/, 'Ann Wouters', '4711');
  await page.getByLabel("Numéro d'entreprise :").selectOption('0212333592');
  await page.getByRole('link', { name: 'OCMW HERSTAPPE', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Liste des qualités :', level: 1 })).toBeVisible();
  const list = page.getByRole('table', { name: 'Activée(s)' });
  await expect(list.getByRole('columnheader')).toHaveText(['Nom', 'Identification']);
  await expect(list.getByRole('rowheader')).toHaveText(['Aide sociale', 'Employeur APL', 'Employeur ONSS']);
  await list.getByRole('link', { name: 'Employeur APL' }).click();
  await expect(page.getByText('« Employeur APL » n\'est pas simulé. Choisissez « Aide sociale ».')).toBeVisible();
  await expectAccessible(page, 'Toegangsbeheer liste des qualités (fr)');
  await list.getByRole('link', { name: 'Aide sociale' }).click();
  await expect(page.getByRole('heading', { name: 'Aide sociale', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Utilisateurs Sous-division/ })).toBeVisible();
  await expectAccessible(page, 'Toegangsbeheer qualité (fr)');
  await page.getByRole('button', { name: "Changer de gestionnaire d'accès" }).click();
  await expect(page.getByRole('heading', { name: "Changer de gestionnaire d'accès", level: 1 })).toBeVisible();
  await page.getByLabel('NISS :').fill('86.04.12-057.59');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await expect(page.getByRole('heading', { name: 'Créer un gestionnaire local', level: 1 })).toBeVisible();
  await expectAccessible(page, 'Toegangsbeheer formulaire gestionnaire (fr)');
  await page.getByLabel("Nom d'utilisateur (première fois) *").fill('bpeeters');
  await page.getByLabel("Nom d'utilisateur (confirmation) *").fill('bpeeters');
  await page.getByLabel('Mot de passe (première fois) *').fill('Oefenen!2025');
  await page.getByLabel('Mot de passe (confirmation) *').fill('Oefenen!2025');
  await page.getByLabel('Nom *', { exact: true }).fill('Peeters');
  await page.getByLabel('Prénom *').fill('Bram');
  await page.getByLabel('Adresse e-mail *').fill('bram.peeters@ocmw-herstappe.be');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByRole('heading', { name: 'Aide sociale', level: 1 })).toBeVisible();
  await expect(page.getByText('bpeeters est maintenant le gestionnaire local de la qualité.')).toBeVisible();
  await expect(page.getByRole('table', { name: /^Utilisateurs Sous-division/ }).getByRole('rowheader')).toHaveText(['Peeters']);
  await expectAccessible(page, 'Toegangsbeheer nouveau gestionnaire (fr)');
});

test('issue 11.5: Els Mertens, Co-Lokale beheerder, has a card: she adds a user but may not block, add a co-TB or change the TB — keyboard only', async ({ page }) => {
  await page.goto('./');
  await insertCardWithKeyboard(page, 'els');
  await expect(page.getByText('Kaart van Els Mertens')).toBeVisible();
  await toegangsbeheerWithKeyboard(page, 'Els Mertens', '6802');
  await tabTo(page, page.getByLabel('Ondernemingsnummer:'));
  await page.keyboard.press('ArrowDown');
  // No name to click: she is no Hoofdtoegangsbeheerder.
  await expect(page.getByRole('link', { name: 'OCMW HERSTAPPE', exact: true })).toHaveCount(0);
  await press(page, page.getByRole('link', { name: '(Lokale Beheerder)' }));
  await press(page, page.getByRole('navigation', { name: 'Functionaliteiten' }).getByRole('link', { name: 'Gebruikers', exact: true }));
  await expect(page.getByRole('heading', { name: 'Gebruikers', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Een gebruiker toevoegen', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Een Co-Lokale Beheerder toevoegen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Van lokale beheerder veranderen' })).toHaveCount(0);
  await tabTo(page, page.getByRole('checkbox', { name: 'Pieter Claes aanvinken' }), 200);
  await page.keyboard.press('Space');
  const action = page.getByLabel('Actie voor de aangevinkte gebruikers');
  await tabTo(page, action, 200);
  for (let i = 0; i < 5 && (await action.inputValue()) !== 'block'; i++) await page.keyboard.press('ArrowDown');
  await tabTo(page, page.getByRole('button', { name: 'Uitvoeren' }), 200);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('U heeft niet het recht om dit te doen.');
  await expectAccessible(page, 'Toegangsbeheer as Co-LB');
  await press(page, page.getByRole('button', { name: 'Een gebruiker toevoegen', exact: true }));
  await expect(page.getByRole('heading', { name: 'Een gebruiker toevoegen', level: 1 })).toBeVisible();
});

test('issue 11.5: the Co-Lokale beheerder in French', async ({ page }) => {
  await toegangsbeheerInFrench(page, /Els/, 'Els Mertens', '6802');
  await page.getByLabel("Numéro d'entreprise :").selectOption('0212333592');
  await page.getByRole('link', { name: '(Gestionnaire local)' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Utilisateurs', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Utilisateurs', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ajouter un utilisateur', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ajouter un co-gestionnaire local' })).toHaveCount(0);
  await expectAccessible(page, 'Toegangsbeheer as Co-LB (fr)');
});

test('issue 11.6: the card reader shows the INSZ of the card in it and of every card to choose; Bram is added with it — keyboard only', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByText('Kaart van Lotte Vermeulen')).toBeVisible();
  await expect(page.getByText('INSZ 88.03.14-124.64', { exact: true })).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Kaarten' }));
  const options = await page.getByLabel('Kaart van', { exact: true }).locator('option').allTextContents();
  expect(options).toContain('Bram Peeters — INSZ 86.04.12-057.59 — Nieuwe medewerker, OCMW Herstappe (nog niet in Toegangsbeheer)');
  expect(options.filter((o) => /INSZ \d\d\.\d\d\.\d\d-\d\d\d\.\d\d/.test(o))).toHaveLength(options.length - 1);
  await expectAccessible(page, 'card reader with INSZ');
  await insertCardWithKeyboard(page, 'ann');
  await expect(page.getByText('INSZ 71.09.11-206.48', { exact: true })).toBeVisible();
  await toegangsbeheerWithKeyboard(page, 'Ann Wouters', '4711');
  await tabTo(page, page.getByLabel('Ondernemingsnummer:'));
  for (let i = 0; i < 5 && (await page.getByLabel('Ondernemingsnummer:').inputValue()) !== '0212333592'; i++) await page.keyboard.press('ArrowDown');
  await press(page, page.getByRole('link', { name: '(Lokale Beheerder)' }));
  await press(page, page.getByRole('navigation', { name: 'Functionaliteiten' }).getByRole('link', { name: 'Gebruikers', exact: true }));
  await tabTo(page, page.getByRole('button', { name: 'Een gebruiker toevoegen', exact: true }), 200);
  await page.keyboard.press('Enter');
  // The INSZ as the reader shows it.
  await typeInto(page, page.getByLabel('INSZ:'), '86.04.12-057.59');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Een gebruiker aanmaken', level: 1 })).toBeVisible();
});

test('issue 11.6: the card reader shows the NISS in French', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Taal', { exact: true }).selectOption('fr');
  await expect(page.getByText('Carte de Lotte Vermeulen')).toBeVisible();
  await expect(page.getByText('NISS 88.03.14-124.64', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Cartes' }).click();
  const options = await page.getByLabel('Carte de', { exact: true }).locator('option').allTextContents();
  expect(options).toContain("Bram Peeters — NISS 86.04.12-057.59 — Nouveau collaborateur, CPAS de Herstappe (pas encore dans la Gestion d'accès)");
  await expectAccessible(page, 'card reader with NISS (fr)');
});
