/**
 * Issue 11 ("Word for word"), the review's remaining deviations from 004: the merger checklists'
 * own dated sentences (A), OCMW-configuratie's "Contactgegevens" as the screen shows it (B), ChaMan's
 * title once and its tables (C), and the pop-up "Een Webservice account toevoegen" as a modal dialog (D).
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { chamanAsAnnWithKeyboard } from './support/chaman.page';
import { press, tabTo, typeInto } from './support/keyboard';
import { LoginFlow } from './support/login.page';

test.describe.configure({ timeout: 90_000 });

const ONLINE_2025 = 'Vanaf 01/01/2025 worden deze aanvragen gelinkt aan het nieuwe OCMW en zijn ze enkel raadpleegbaar via de software van het nieuwe OCMW.';
const SUBSIDIES = 'Het verantwoorden van de jaarlijkse subsidies voor 2024 gebeurt in februari 2025.';

// --- A. Fusies 2025 ---

const guide = (page: Page) => page.getByRole('region', { name: 'Fusies 2025' });

/** Opens the guide and a merger with the keyboard alone: the finder, Enter, the result's button. */
async function chooseByKeyboard(page: Page, query: string, result: RegExp, scenario: string) {
  const field = guide(page).getByLabel('Gemeente of NIS-code');
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await press(page, guide(page).getByRole('button', { name: result }));
  await expect(guide(page).getByRole('heading', { name: scenario, level: 2 })).toBeFocused();
}

test('issue 11 (review): every checklist has its section\'s dated sentences, scenario 3 its own integrations, 2 and 3 "Er zijn geen acties nodig" (keyboard, nl, fr)', async ({ page }) => {
  await page.goto('./');
  await press(page, page.getByRole('button', { name: 'Fusies 2025', exact: true }));
  await expect(page.getByRole('heading', { name: 'Fusies 2025', level: 1 })).toBeFocused();
  const tick = (name: string) => guide(page).getByRole('checkbox', { name, exact: true });

  // Scenario 1 (l.1631, 1635).
  await chooseByKeyboard(page, 'Merelbeke', /^Melle, Merelbeke → Merelbeke - Melle$/, 'Scenario 1: Nieuw KBO & nieuw NIS');
  await expect(tick(ONLINE_2025)).toBeVisible();
  await expect(tick(`${SUBSIDIES} De ingave gebeurt voor de “verdwijnde” OCMW’s.`)).toBeVisible();
  await expect(tick('Er zijn regels qua geldigheidsduur voor certificaten voor een FTP-account.')).toBeVisible();
  await press(page, tick(ONLINE_2025), 'Space');
  await expect(tick(ONLINE_2025)).toBeChecked();
  await expectAccessible(page, 'Fusies 2025 scenario 1 (review)');

  // Scenario 2 (l.2078, 2084, 2090, 2112, 2116).
  await chooseByKeyboard(page, 'Lokeren', /^Lokeren, Moerbeke → Lokeren$/, 'Scenario 2: Behoud KBO & nieuw NIS');
  await expect(tick(ONLINE_2025)).toBeVisible();
  await expect(tick(SUBSIDIES)).toBeVisible();
  await expect(tick('Er zijn geen acties nodig in ChaMan (beheer technische kanalen).')).toBeVisible();
  await expect(tick('Er zijn geen acties nodig in OCMW-Configuraties.')).toBeVisible();
  await expect(
    tick(
      'Omwille van het nieuwe NIS-nummer, moeten voor beide fuserende OCMW’s, voor alle lopende dossiers, de formulieren worden stopgezet met als einddatum 31/12/2024 en opnieuw te worden ingevoerd in uw sociale software, onder het KBO van het fusie-OCMW, met als datum invoegetreeding 01/01/2025.',
    ),
  ).toBeVisible();
  await press(page, tick('Er zijn geen acties nodig in ChaMan (beheer technische kanalen).'), 'Space');
  await expect(tick('Er zijn geen acties nodig in ChaMan (beheer technische kanalen).')).toBeChecked();

  // Scenario 3 (l.2624, 2630, 2636, 2642, 2660, 2664): no new KBO number for the integrations.
  await chooseByKeyboard(page, 'Borsbeek', /^Antwerpen, Borsbeek → Antwerpen/, 'Scenario 3: Behoud KBO & NIS');
  await expect(tick(ONLINE_2025)).toBeVisible();
  await expect(tick(SUBSIDIES)).toBeVisible();
  await expect(tick('Er zijn geen acties nodig in ChaMan (beheer technische kanalen).')).toBeVisible();
  await expect(tick('Er zijn geen acties nodig in “OCMW-configuraties”.')).toBeVisible();
  await expect(
    tick(
      'Voor alle lopende dossiers van het OCMW met het “verdwijnende” KBO-nummer dienen de formulieren te worden stopgezet met als einddatum 31/12/2024 en opnieuw te worden ingevoerd in uw sociale software, voor het OCMW dat zijn KBO nummer behoud, met als datum van invoegetreeding 01/01/2025.',
    ),
  ).toBeVisible();
  const ownIntegration = tick(
    'Afhankelijk van uw softwareprogramma, dient u de integratie handmatig stop te zetten voor het OCMW met het “verdwijnde” KBO-nummer en een nieuwe integratie te doen bij het OCMW dat zijn KBO-nummer behoudt.',
  );
  await expect(ownIntegration).toBeVisible();
  const integrations = guide(page).getByRole('group', { name: 'Integraties/dossiers in uw sociaal programma' });
  await expect(integrations.getByText('voor het nieuwe KBO-nummer', { exact: false })).toHaveCount(0);
  await expectAccessible(page, 'Fusies 2025 scenario 3 (review)');

  await page.getByLabel('Taal', { exact: true }).selectOption('fr');
  const fusions = page.getByRole('region', { name: 'Fusions 2025' });
  await expect(fusions.getByRole('heading', { name: "Scénario 3 : maintien du BCE & de l'INS", level: 2 })).toBeVisible();
  await expect(fusions.getByRole('checkbox', { name: 'À partir du 01/01/2025, ces demandes sont liées au nouveau CPAS et ne sont plus consultables que via le logiciel du nouveau CPAS.' })).toBeVisible();
  await expect(fusions.getByRole('checkbox', { name: "Aucune action n'est nécessaire dans ChaMan (gestion des canaux techniques)." })).toBeVisible();
  await expect(fusions.getByRole('checkbox', { name: /^Selon votre logiciel, .* auprès du CPAS qui conserve son numéro BCE\.$/ })).toBeVisible();
  await expectAccessible(page, 'Fusions 2025 scenario 3 (review, fr)');
});

// --- B. OCMW-configuratie, "Contactgegevens" ---

async function contactPage(page: Page) {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.toService('OCMW-configuratie');
  await flow.toCertificateChoice();
  await flow.chooseCertificate('Lotte Vermeulen');
  await flow.enterPin('1234');
  await flow.chooseEnterprise('OCMW HERSTAPPE');
  await flow.chooseRole('OCMW-configuratie');
  await expect(page.getByRole('heading', { name: 'Mutaties', level: 1 })).toBeVisible();
  await press(page, page.getByRole('link', { name: 'Contactgegevens' }));
  await expect(page.getByRole('heading', { name: 'Contactgegevens', level: 1 })).toBeVisible();
}

/** "stel deze waarde in voor alle talen" keeps to one line (its height is one line of text). */
async function expectOneLine(page: Page, name: RegExp) {
  const button = page.getByRole('button', { name }).first();
  const { height, lineHeight } = await button.evaluate((el) => ({ height: el.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(el).lineHeight) || 20 }));
  expect(height).toBeLessThan(lineHeight * 1.8);
}

for (const width of [1366, 1024]) {
  test(`issue 11 (review): "Contactgegevens" shows the screen's sentence and labels "Straat * :", "NL :", "Nummer * :" … (${width}×768, keyboard, nl, fr)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 768 });
    await contactPage(page);
    // l.1436, the screen's own text (the guide's narration, l.1358–1364, is not the screen's).
    await expect(page.getByText('Momenteel wordt deze informatie weergegeven op de overzichtspagina van de OCMW-onlinehulpaanvragen, wanneer uw OCMW is geïdentificeerd als ontvangend OCMW van een hulpaanvraag.', { exact: true })).toBeVisible();
    const street = page.getByRole('group', { name: 'Straat * :', exact: true });
    const city = page.getByRole('group', { name: 'Stad * :', exact: true });
    for (const group of [street, city]) for (const lang of ['NL :', 'FR :', 'DE :']) await expect(group.getByLabel(lang, { exact: true })).toBeVisible();
    for (const label of ['Nummer * :', 'Bus :', 'Postcode * :', 'Telefoonnummer * :', 'E-mailadres :']) await expect(page.getByLabel(label, { exact: true })).toBeVisible();
    await expectOneLine(page, /^stel deze waarde in voor alle talen \(Straat NL\)$/);
    await expectOneLine(page, /^stel deze waarde in voor alle talen \(Stad DE\)$/);

    await typeInto(page, street.getByLabel('NL :', { exact: true }), 'Dorpsstraat');
    await press(page, street.getByRole('button', { name: 'stel deze waarde in voor alle talen (Straat NL)' }));
    await expect(street.getByLabel('DE :', { exact: true })).toHaveValue('Dorpsstraat');
    await typeInto(page, city.getByLabel('NL :', { exact: true }), 'Herstappe');
    await press(page, city.getByRole('button', { name: 'stel deze waarde in voor alle talen (Stad NL)' }));
    await typeInto(page, page.getByLabel('Nummer * :', { exact: true }), '1');
    await typeInto(page, page.getByLabel('Postcode * :', { exact: true }), '4042');
    await typeInto(page, page.getByLabel('Telefoonnummer * :', { exact: true }), '012 34 56 78');
    await press(page, page.getByRole('button', { name: 'Bewaren' }));
    await expect(page.getByText('Uw gegevens zijn bewaard.')).toBeVisible();
    await expectAccessible(page, `OCMW-configuratie Contactgegevens (review, ${width})`);

    await page.getByLabel('Taal', { exact: true }).selectOption('fr');
    await expect(page.getByRole('heading', { name: 'Coordonnées', level: 1 })).toBeVisible();
    await expect(page.getByText("Actuellement, ces informations sont affichées sur la page récapitulative des demandes d'aide en ligne CPAS", { exact: false })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Rue * :', exact: true }).getByLabel('NL :', { exact: true })).toHaveValue('Dorpsstraat');
    await expect(page.getByLabel('Numéro * :', { exact: true })).toHaveValue('1');
    await expectOneLine(page, /^appliquer cette valeur à toutes les langues \(Rue NL\)$/);
    await expectAccessible(page, `OCMW-configuratie Contactgegevens (review, ${width}, fr)`);
  });
}

// --- C and D. ChaMan ---

/** The keyboard way into ChaMan, the contact details of the first visit, and its main page. */
async function chamanMain(page: Page) {
  await chamanAsAnnWithKeyboard(page);
  await typeInto(page, page.getByLabel('Naam*'), 'Ann Wouters');
  await typeInto(page, page.getByLabel('Telefoonnummer*'), '456986532');
  await typeInto(page, page.getByLabel('E-mailadres*'), 'ann.wouters@ocmw-herstappe.be');
  await press(page, page.getByRole('button', { name: 'Bevestigen' }));
  await expect(page.getByText('De contactgegevens zijn bewaard.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'FTP- / SFTP-kanalen', level: 2 })).toBeVisible();
}

test('issue 11 (review): ChaMan\'s main page shows its title once, as its heading, and "Delegatieverzoeken" once (table captions for screen readers only)', async ({ page }) => {
  await chamanMain(page);
  const browser = page.getByRole('region', { name: 'Gesimuleerde browser' });
  await expect(browser.getByRole('heading', { name: 'ChaMan - Beheer van technische kanalen', level: 1 })).toBeVisible();
  // Visible once (l.773): every other copy is hidden.
  const visibleCount = (text: string) =>
    page.locator('.browser').evaluate(
      (root, t) =>
        [...root.querySelectorAll('*')].filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim() === t) && (el as HTMLElement).offsetWidth > 1 && (el as HTMLElement).offsetHeight > 1).length,
      text,
    );
  expect(await visibleCount('ChaMan - Beheer van technische kanalen')).toBe(1);
  expect(await visibleCount('Delegatieverzoeken')).toBe(1);
  // The table still has its name for screen readers.
  await expect(browser.getByRole('table', { name: 'Delegatieverzoeken' })).toBeAttached();
  await expectAccessible(page, 'ChaMan main page (review)');

  await page.getByLabel('Taal', { exact: true }).selectOption('fr');
  const navigateur = page.getByRole('region', { name: 'Navigateur simulé' });
  await expect(navigateur.getByRole('heading', { name: 'ChaMan - Gestion des canaux techniques', level: 1 })).toBeVisible();
  expect(await visibleCount('ChaMan - Gestion des canaux techniques')).toBe(1);
  expect(await visibleCount('Demandes de délégation')).toBe(1);
  await expectAccessible(page, 'ChaMan main page (review, fr)');
});

test('issue 11 (review): "Een Webservice account toevoegen" is a modal dialog: Tab and Shift+Tab stay in it, Escape closes it from anywhere, the focus returns to its button (nl, fr)', async ({ page }) => {
  await chamanMain(page);
  for (const l of [
    { add: 'Een Webservice account toevoegen', type: 'Type*', ok: 'Bevestigen', cancel: 'Annuleren' },
    { add: 'Ajouter un compte de service web', type: 'Type*', ok: 'Confirmer', cancel: 'Annuler' },
  ]) {
    if (l.ok === 'Confirmer') await page.getByLabel('Taal', { exact: true }).selectOption('fr');
    const opener = page.getByRole('button', { name: l.add, exact: true });
    await press(page, opener);
    const dialog = page.getByRole('dialog', { name: l.add });
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect(dialog.getByLabel(l.type)).toBeFocused();
    await expectAccessible(page, `ChaMan web service pop-up (${l.ok})`);

    // A round of Tab, and one of Shift+Tab, never leaves the dialog.
    const inDialog = () => dialog.evaluate((el) => el.contains(document.activeElement));
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await inDialog(), `Tab ${i + 1}`).toBe(true);
    }
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await inDialog(), `Shift+Tab ${i + 1}`).toBe(true);
    }
    // From the first control, Shift+Tab goes round to the last ("Annuleren"), Tab from there back to the first.
    await dialog.getByLabel(l.type).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: l.cancel })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel(l.type)).toBeFocused();

    // Escape with the focus inside closes it; the focus is back on the button that opened it.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();

    // Escape closes it even when the focus has been put elsewhere (a click on the page behind).
    await press(page, opener);
    await expect(dialog).toBeVisible();
    await page.getByRole('heading', { name: /^ChaMan - / , level: 1 }).focus();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
  }
  // And it still does its work: REST leads to the REST form.
  await press(page, page.getByRole('button', { name: 'Ajouter un compte de service web', exact: true }));
  const dialog = page.getByRole('dialog', { name: 'Ajouter un compte de service web' });
  await dialog.getByLabel('Type*').selectOption('REST');
  await press(page, dialog.getByRole('button', { name: 'Confirmer' }));
  await expect(page.getByLabel('Nom du compte*')).toHaveValue('OCMW Online');
});
