/**
 * Issue 11, points 1-3: the way into ChaMan and OCMW-configuratie as 004 shows it (no PrimaWeb page
 * on the way), "Aanmelden" beside "Start de onlinedienst op", and language links whose accessible
 * names contain what they show. Keyboard only, in Dutch and French, axe on every screen judged.
 */
import type { Page } from '@playwright/test';
import { wordsIn } from './support/messages';
import { expect, expectAccessible, test } from './support/fixtures';
import { eidWithKeyboard, press, typeInto } from './support/keyboard';
import { LoginFlow } from './support/login.page';

test.describe.configure({ timeout: 90_000 });

const browserRegion = (page: Page, locale: 'nl' | 'fr') => page.getByRole('region', { name: locale === 'fr' ? 'Navigateur simulé' : 'Gesimuleerde browser' });

/** Switches the portal to French with its own "FR" link, by keyboard. */
async function portalInFrench(page: Page) {
  await press(page, page.getByRole('link', { name: 'FR Français' }));
  await expect(page.getByRole('heading', { name: 'Belgique', level: 1 })).toBeVisible();
}

/** Nothing on screen says PrimaWeb: no "Prima-Web" page, no "Applicatie opstarten", no PrimaWeb address. */
async function expectNoPrimaweb(page: Page, locale: 'nl' | 'fr') {
  const region = browserRegion(page, locale);
  await expect(region.getByText('Prima-Web')).toHaveCount(0);
  await expect(region.getByText('PrimaWeb')).toHaveCount(0);
  await expect(region.getByRole('button', { name: locale === 'fr' ? "Démarrer l'application" : 'Applicatie opstarten' })).toHaveCount(0);
  await expect(region.getByText('primaweb.socialsecurity.be')).toHaveCount(0);
}

const CHAMAN = {
  nl: { business: /^Onderneming/, search: 'Zoeken', start: 'Beheer uw technische kanalen', professional: 'Professional', title: 'ChaMan - Beheer van technische kanalen', contact: 'Contactgegevens' },
  fr: { business: /^Entreprise/, search: 'Rechercher', start: 'Gérer vos canaux techniques', professional: 'Professionnel', title: 'ChaMan - Gestion des canaux techniques', contact: 'Coordonnées' },
} as const;

for (const locale of ['nl', 'fr'] as const) {
  test(`issue 11.1: after the PIN and the enterprise ChaMan opens on "ChaMan - Beheer van technische kanalen", no Prima-Web page between (${locale}, keyboard)`, async ({ page }) => {
    const l = CHAMAN[locale];
    const flow = new LoginFlow(page);
    await flow.open();
    await flow.insertCard(/Ann/);
    if (locale === 'fr') await portalInFrench(page);
    await press(page, page.getByRole('link', { name: l.business }));
    await typeInto(page, page.getByRole('searchbox', { name: l.search }), 'ChaMan');
    await page.keyboard.press('Enter');
    await press(page, page.getByRole('link', { name: 'ChaMan', exact: true }));
    await press(page, page.getByRole('button', { name: l.start }));
    await press(page, page.getByRole('button', { name: l.professional }));
    await eidWithKeyboard(page, 'Ann Wouters', '4711', locale);
    await press(page, page.getByRole('button', { name: /^OCMW HERSTAPPE/ }));
    // 004 l.766: "U komt nu op de pagina 'ChaMan - Beheer van technische kanalen'".
    await expect(browserRegion(page, locale).getByText(l.title, { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: l.contact, level: 1 })).toBeVisible();
    await expectNoPrimaweb(page, locale);
    await expect(browserRegion(page, locale).getByText('https://www.socialsecurity.be/chaman')).toBeVisible();
    await expectAccessible(page, `ChaMan first page (${locale})`);
  });
}

const OCMW = {
  nl: { audience: 'Ambtenaren en andere professionals', sector: "OCMW's & POD Maatschappelijke Integratie", service: 'OCMW-configuratie', start: 'Start de onlinedienst op', role: 'Gelieve uw rol te selecteren:', label: 'Rol', choose: 'kiezen', first: 'Mutaties' },
  fr: { audience: 'Fonctionnaires et autres professionnels', sector: 'CPAS & SPP Intégration sociale', service: 'Configuration CPAS', start: 'Démarrer le service en ligne', role: 'Veuillez sélectionner votre rôle :', label: 'Rôle', choose: 'choisir', first: 'Mutations' },
} as const;

/** Portal home → professionals → OCMW → OCMW-configuratie's service page, by keyboard. */
async function toOcmwConfigService(page: Page, locale: 'nl' | 'fr') {
  const l = OCMW[locale];
  await press(page, page.getByRole('link', { name: l.audience }));
  await press(page, page.getByRole('link', { name: l.sector }));
  await press(page, page.getByRole('link', { name: l.service, exact: true }));
  await expect(page.getByRole('heading', { name: l.service, level: 1 })).toBeVisible();
}

for (const locale of ['nl', 'fr'] as const) {
  test(`issue 11.1: OCMW-configuratie goes from the eID login straight to "Gelieve uw rol te selecteren:" (${locale}, keyboard)`, async ({ page }) => {
    const l = OCMW[locale];
    const flow = new LoginFlow(page);
    await flow.open();
    if (locale === 'fr') await portalInFrench(page);
    await toOcmwConfigService(page, locale);
    await press(page, page.getByRole('button', { name: l.start }));
    await eidWithKeyboard(page, 'Lotte Vermeulen', '1234', locale);
    await press(page, page.getByRole('button', { name: /^OCMW HERSTAPPE/ }));
    // 004 l.1190-1196: from the login to "U kiest de rol 'OCMW-configuratie' via het drop-downmenu".
    await expect(page.getByRole('heading', { name: l.role, level: 1 })).toBeVisible();
    await expectNoPrimaweb(page, locale);
    await expect(browserRegion(page, locale).getByText('https://www.socialsecurity.be/site_nl/civilservant/applics/ocmw-configuratie')).toBeVisible();
    await expectAccessible(page, `OCMW-configuratie role choice (${locale})`);
    const role = page.getByLabel(l.label, { exact: true });
    await press(page, role, 'ArrowDown');
    await expect(role).toHaveValue('ocmwConfiguratie');
    await press(page, page.getByRole('button', { name: l.choose }));
    await expect(page.getByRole('heading', { name: l.first, level: 1 })).toBeVisible();
  });
}

const LOGIN = { nl: { login: 'Aanmelden', csam: 'Aanmelden bij de online overheid' }, fr: { login: 'Se connecter', csam: 'Connexion aux services publics en ligne' } } as const;

for (const locale of ['nl', 'fr'] as const) {
  test(`issue 11.2: OCMW-configuratie's service page: "Start de onlinedienst op" and "Aanmelden" both lead to the eID login (${locale}, keyboard)`, async ({ page }) => {
    const l = { ...OCMW[locale], ...LOGIN[locale] };
    const flow = new LoginFlow(page);
    await flow.open();
    if (locale === 'fr') await portalInFrench(page);
    await toOcmwConfigService(page, locale);
    await expectAccessible(page, `OCMW-configuratie service page (${locale})`);
    // 004 l.1143: "Druk op 'Start de onlinedienst op' of 'Aanmelden' om u te identificeren."
    for (const start of [page.getByRole('button', { name: l.start }), page.getByRole('link', { name: l.login, exact: true })]) {
      await press(page, start);
      const keys = page.getByRole('heading', { name: l.csam, level: 1 });
      await expect(keys).toBeVisible();
      await page.goBack();
      await expect(page.getByRole('heading', { name: l.service, level: 1 })).toBeVisible();
    }
    // "Aanmelden" goes on as far as OCMW-configuratie itself.
    await press(page, page.getByRole('link', { name: l.login, exact: true }));
    await eidWithKeyboard(page, 'Lotte Vermeulen', '1234', locale);
    await press(page, page.getByRole('button', { name: /^OCMW HERSTAPPE/ }));
    await expect(page.getByRole('heading', { name: l.role, level: 1 })).toBeVisible();
  });
}

for (const locale of ['nl', 'fr'] as const) {
  test(`issue 11.3: the portal's language links are named by the code they show, NL / FR / DE / EN (WCAG 2.5.3), axe checks it (${locale})`, async ({ page }) => {
    const flow = new LoginFlow(page);
    await flow.open();
    if (locale === 'fr') await portalInFrench(page);
    const languages = page.getByRole('navigation', { name: locale === 'fr' ? 'Langue du portail' : 'Taal van het portaal' });
    const names = { NL: 'Nederlands', FR: 'Français', DE: 'Deutsch', EN: 'English' };
    for (const [code, name] of Object.entries(names)) {
      const link = languages.getByRole('link', { name: `${code} ${name}`, exact: true });
      await expect(link).toBeVisible();
      await expect(link).toContainText(code);
    }
    await expectAccessible(page, `portal home (${locale})`);
    // The links work from the keyboard: DE switches the portal to German, and back.
    await press(page, languages.getByRole('link', { name: 'DE Deutsch' }));
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    const german = page.getByRole('navigation', { name: wordsIn('de').m('portal.languages') });
    await press(page, german.getByRole('link', { name: locale === 'fr' ? 'FR Français' : 'NL Nederlands' }));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await toOcmwConfigService(page, locale);
    await expectAccessible(page, `service page (${locale})`);
  });
}
