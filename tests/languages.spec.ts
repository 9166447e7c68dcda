/**
 * Issue 15: the simulator in German and in English, walked end to end as a learner of that language
 * does it: a browser set to the language starts in it; the login; one scenario of each of the five
 * modules in guided mode, its narrations as the catalogs give them; a test handed in; the merger
 * guide; axe on every kind of screen. The portal, CSAM and the eID dialogs speak the learner's
 * language; PrimaWeb, Toegangsbeheer, ChaMan and OCMW-configuratie have Dutch and French only, so
 * the German learner meets them in French and the English one in Dutch (README "Languages"), with
 * `lang` saying so. Labels come from the catalogs (support/messages.ts), never from this file.
 */
import type { Page } from '@playwright/test';
import { SCENARIOS } from '../src/training/scenarios/index';
import { TITLES } from '../src/training/titles';
import type { Scenario } from '../src/training/scenario';
import { LANGUAGES, worldLocaleOf } from '../src/i18n/locales';
import { expect, expectAccessible, test } from './support/fixtures';
import { wordsIn, type Words } from './support/messages';
import { words } from './support/words';
import { looksDutch } from './support/dutch';

/**
 * No Dutch sentence in what the page shows in the learner's language: every visible text outside
 * the parts marked as another language (the applications, `lang="fr"` / `lang="nl"`).
 */
async function expectNoDutch(page: Page, locale: 'de' | 'en', where: string) {
  const texts = await page.evaluate((locale) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!element || text === '' || element.closest('[lang]')?.getAttribute('lang') !== locale) continue;
      if (element.closest('[hidden], [aria-hidden="true"], script, style') || element.getClientRects().length === 0) continue;
      out.push(text);
    }
    return out;
  }, locale);
  expect(texts.filter(looksDutch), `Dutch on ${where}`).toEqual([]);
}

test.describe.configure({ timeout: 120_000 });

const scenario = (id: string): Scenario => SCENARIOS.find((s) => s.id === id)!;

/** The learner's screens in one language: the simulator's words, a scenario's panel, the login. */
class Learner {
  readonly w: Words;
  constructor(
    readonly page: Page,
    readonly locale: 'de' | 'en',
  ) {
    this.w = wordsIn(locale);
  }

  get panel() {
    return this.page.getByRole('complementary', { name: this.w.m('scenario.title') });
  }

  /** The simulated applications answer in the language they have: French for German, Dutch for English. */
  get appLocale() {
    return worldLocaleOf(this.locale);
  }

  async startGuided(id: string) {
    const s = scenario(id);
    await this.page.goto('./');
    await expect(this.page.getByRole('heading', { name: this.w.m('portal.home.title'), level: 1 })).toBeVisible();
    await this.panel.getByRole('button', { name: `${this.w.m('scenario.mode.guided')}: ${words(s.title, this.locale)}`, exact: true }).click();
    await this.atStep(s, 0);
  }

  /** The panel shows step i of the scenario, with its narration in the learner's language. */
  async atStep(s: Scenario, i: number) {
    await expect(this.panel.getByText(this.w.m('scenario.step', { n: i + 1, total: s.steps.length }), { exact: true })).toBeVisible();
    await expect(this.panel.getByText(words(s.steps[i]!.narration, this.locale), { exact: true }).filter({ visible: true })).toBeVisible();
  }

  async completed(s: Scenario) {
    await expect(this.panel.getByRole('status')).toContainText(this.w.m('scenario.completed'));
    await expect(this.panel.getByRole('status')).toContainText(words(s.outro, this.locale));
  }

  /** Portal home → "Ambtenaren en andere professionals" → "OCMW's & POD Maatschappelijke Integratie" → a service (or from the list of services, where a scenario may start). */
  async toService(serviceKey: string, { fromServices = false } = {}) {
    const { m } = this.w;
    if (!fromServices) {
      await this.page.getByRole('link', { name: m('portal.audience.professionals') }).click();
      await this.page.getByRole('link', { name: m('sector.ocmw') }).click();
    }
    await this.page.getByRole('link', { name: m(serviceKey), exact: true }).click();
    await expect(this.page.getByRole('heading', { name: m(serviceKey), level: 1 })).toBeVisible();
  }

  /** "Start de onlinedienst op", CSAM's "Aanmelden met eID", "Bevestigen", the certificate and the PIN. */
  async eid(holder: string, pin: string, { axe = false } = {}) {
    const { m } = this.w;
    await this.page.getByRole('button', { name: m('portal.service.start') }).click();
    await expect(this.page.getByRole('heading', { name: m('csam.title'), level: 1 })).toBeVisible();
    if (axe) await expectAccessible(this.page, `CSAM (${this.locale})`);
    await this.page.getByRole('button', { name: m('csam.key.eid') }).click();
    await this.page.getByRole('button', { name: m('eid.confirm.button') }).click();
    const certificates = this.page.getByRole('dialog', { name: m('eid.certificate.title') });
    await certificates.getByRole('radio', { name: new RegExp(`${holder} \\(Authentication\\)`) }).check();
    await certificates.getByRole('button', { name: m('dialog.ok') }).click();
    const dialog = this.page.getByRole('dialog', { name: m('eid.pin.title') });
    await dialog.getByLabel(m('eid.pin.label')).fill(pin);
    if (axe) await expectAccessible(this.page, `PIN dialog (${this.locale})`);
    await dialog.getByRole('button', { name: m('dialog.ok') }).click();
  }

  /** After the PIN: the enterprise, and for PrimaWeb and OCMW-configuratie the role (PrimaWeb's screen, in its language). */
  async enterpriseAndRole(roleKey: string) {
    const { m } = this.w;
    await this.page.getByRole('button', { name: /^OCMW HERSTAPPE/ }).click();
    await this.page.getByLabel(m('role.label')).selectOption({ label: m(roleKey) });
    await this.page.getByRole('button', { name: m('role.choose') }).click();
  }
}

for (const locale of ['de', 'en'] as const) {
  test.describe(`in ${locale === 'de' ? 'German' : 'English'}`, () => {
    test.use({ locale: locale === 'de' ? 'de-BE' : 'en-GB' });

    test(`issue 15: a ${locale} browser starts in ${locale}; the login to PrimaWeb, which answers in ${worldLocaleOf(locale)}; axe on each screen`, async ({ page }) => {
      const learner = new Learner(page, locale);
      const { m } = learner.w;
      await page.goto('./?');
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { name: m('portal.home.title'), level: 1 })).toBeVisible();
      await expect(page.getByRole('navigation', { name: m('portal.languages') }).getByRole('link', { name: `${locale.toUpperCase()} ${LANGUAGES.find((l) => l.locale === locale)!.name}`, exact: true })).toHaveAttribute('aria-current', 'true');
      await expectAccessible(page, `portal home (${locale})`);
      await expectNoDutch(page, locale, 'the portal home');
      await learner.toService('service.primaweb.name');
      await learner.eid('Lotte Vermeulen', '1234', { axe: true });
      await page.getByRole('button', { name: /^OCMW HERSTAPPE/ }).click();
      // The portal speaks the learner's language; the OCMW's name is world data, in NL or FR.
      await expect(page.getByRole('heading', { name: m('confirmed.title', { name: learner.appLocale === 'fr' ? 'CPAS de Herstappe' : 'OCMW van Herstappe' }), level: 1 })).toBeVisible();
      await expectAccessible(page, `login confirmed (${locale})`);
      await page.getByRole('button', { name: m('confirmed.start') }).click();
      // PrimaWeb's role screen and home page: the application's language, marked as such.
      await page.getByLabel(m('role.label')).selectOption({ label: m('role.socialeAgent') });
      await page.getByRole('button', { name: m('role.choose') }).click();
      const home = page.getByRole('heading', { name: m('primaweb.home.title'), level: 1 });
      await expect(home).toBeVisible();
      await expect(page.locator('.primaweb')).toHaveAttribute('lang', learner.appLocale);
      await expectAccessible(page, `PrimaWeb home (${locale})`);
      await expectNoDutch(page, locale, 'PrimaWeb home (outside PrimaWeb itself)');
      // The choice stays after a reload, and the simulator's own bar speaks the learner's language.
      await page.reload();
      await expect(page.getByRole('button', { name: m('sim.reset') })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
    });

    test(`issue 15: guided "Aanmelden in PrimaWeb" (module 1) in ${locale}`, async ({ page }) => {
      const learner = new Learner(page, locale);
      const { m } = learner.w;
      const s = scenario('aanmelden-primaweb');
      await learner.startGuided(s.id);
      await expectAccessible(page, `guided scenario (${locale})`);
      await expectNoDutch(page, locale, 'the scenario panel');
      await learner.toService('service.primaweb.name');
      await learner.eid('Lotte Vermeulen', '1234');
      await page.getByRole('button', { name: /^OCMW HERSTAPPE/ }).click();
      await page.getByRole('button', { name: m('confirmed.start') }).click();
      await page.getByLabel(m('role.label')).selectOption({ label: m('role.socialeAgent') });
      await page.getByRole('button', { name: m('role.choose') }).click();
      await learner.completed(s);
    });

    test(`issue 15: guided "Mijn toegangen raadplegen" (module 2) in ${locale}, a wrong step told in ${locale}`, async ({ page }) => {
      await page.addInitScript(() => (window.print = () => {}));
      const learner = new Learner(page, locale);
      const { m } = learner.w;
      const s = scenario('mijn-toegangen');
      await learner.startGuided(s.id);
      await page.getByRole('button', { name: m('primaweb.access.mine'), exact: true }).click();
      await learner.atStep(s, 1);
      await page.getByRole('button', { name: m('pw.print') }).click();
      await expect(learner.panel.getByRole('alert')).toContainText(m('scenario.wrong', { hint: '' }).trim());
      // The profile's description is world data, in the language of the session the scenario opened:
      // PrimaWeb's language for this learner (French for German, Dutch for English).
      const allFunctions = { nl: 'Alle functionaliteiten', fr: 'Toutes les fonctionnalités' }[worldLocaleOf(locale)];
      await page.getByRole('button', { name: m('pw.showFunctions', { profile: allFunctions }) }).click();
      await learner.atStep(s, 2);
      await page.getByRole('button', { name: m('pw.print') }).click();
      await learner.completed(s);
    });

    test(`issue 15: guided "De integraties raadplegen" (module 3) in ${locale}`, async ({ page }) => {
      const learner = new Learner(page, locale);
      const { m } = learner.w;
      const s = scenario('integraties-raadplegen');
      await learner.startGuided(s.id);
      await page.getByRole('button', { name: m('home.dossiers') }).click();
      await page.getByLabel(m('files.search.label')).fill('El Amrani');
      await page.getByRole('button', { name: m('files.search.button') }).click();
      await page.getByRole('button', { name: `${m('files.open')}: El Amrani Youssef` }).click();
      await page.getByRole('button', { name: m('files.menu.integrations') }).click();
      const consult = page.getByRole('region', { name: m('files.consult') });
      await consult.getByLabel(`${m('files.household.person')} *`).selectOption('youssef');
      await consult.getByRole('textbox', { name: `${m('files.consultStart')} *` }).fill('01/01/2023');
      await consult.getByRole('textbox', { name: `${m('files.consultEnd')} *` }).fill('31/12/2025');
      await consult.getByRole('button', { name: m('files.consult.button') }).click();
      await learner.completed(s);
      await expect(consult.getByRole('table')).toContainText('OCMW VAN KOEKELBERG');
      await expectAccessible(page, `PrimaWeb file (${locale})`);
    });

    test(`issue 15: guided "Mutaties selecteren" (module 4) in ${locale}: OCMW-configuratie in ${worldLocaleOf(locale)}`, async ({ page }) => {
      const learner = new Learner(page, locale);
      const { m } = learner.w;
      const s = scenario('ocmw-configuratie-mutaties');
      await learner.startGuided(s.id);
      await learner.toService('service.ocmwConfiguratie.name', { fromServices: true });
      await learner.eid('Lotte Vermeulen', '1234');
      await learner.enterpriseAndRole('role.ocmwConfiguratie');
      await expect(page.locator('.oc')).toHaveAttribute('lang', learner.appLocale);
      await page.getByRole('checkbox', { name: /^MURN/ }).uncheck();
      await page.getByRole('checkbox', { name: /^MUIA/ }).uncheck();
      await expectAccessible(page, `OCMW-configuratie (${locale})`);
      await page.getByRole('button', { name: m('oc.save') }).click();
      await learner.completed(s);
    });

    test(`issue 15: guided "Fusie: huidig Toegangsbeheer opkuisen" (module 5) in ${locale}: Toegangsbeheer in ${worldLocaleOf(locale)}`, async ({ page }) => {
      const learner = new Learner(page, locale);
      const { m } = learner.w;
      const s = scenario('fusie-toegangsbeheer-opkuisen-3');
      await learner.startGuided(s.id);
      await expectNoDutch(page, locale, 'the scenario panel');
      await learner.toService('service.toegangsbeheer.name', { fromServices: true });
      await learner.eid('Wout Janssens', '1593');
      await expect(page.locator('.tb')).toHaveAttribute('lang', learner.appLocale);
      await page.getByLabel(m('tb.home.enterprise')).selectOption('0207071343');
      await page.getByRole('link', { name: m('tb.link.lb') }).click();
      await page.getByRole('link', { name: m('tb.menu.users'), exact: true }).click();
      await learner.atStep(s, 9);
      await page.getByRole('checkbox', { name: m('tb.tick', { name: 'Tom Mertens' }) }).check();
      await page.getByLabel(m('tb.bulk.label')).selectOption({ label: m('tb.bulk.remove') });
      await page.getByRole('button', { name: m('tb.bulk.run') }).click();
      const confirm = page.getByRole('alertdialog', { name: m('tb.confirmRemove.title') });
      await expectAccessible(page, `Toegangsbeheer, remove a user (${locale})`);
      await confirm.getByRole('button', { name: m('dialog.ok') }).click();
      await learner.completed(s);
      await expect(page.getByRole('rowheader', { name: 'Mertens' })).toHaveCount(0);
      await expectNoDutch(page, locale, 'the scenario panel');
    });

    test(`issue 15: the merger guide, and a test handed in with its report, in ${locale}`, async ({ page }) => {
      const learner = new Learner(page, locale);
      const { m } = learner.w;
      // The merger guide of the simulator bar: its headings and checklists in the learner's language.
      await page.goto('./');
      await page.getByRole('button', { name: m('sim.mergers') }).click();
      const guide = page.getByRole('region', { name: m('mg.title') });
      await expect(guide).toBeVisible();
      await expect(guide.getByRole('heading', { name: m('mg.overview'), level: 2 })).toBeVisible();
      await expectAccessible(page, `merger guide (${locale})`);
      await expectNoDutch(page, locale, 'the merger guide');

      // "Toets: aanmelden", each exercise handed in at once: the report in the learner's language.
      await page.goto('./');
      const title = words(TITLES['toets-aanmelden'], locale);
      await learner.panel.getByRole('button', { name: m('assess.startLabel', { title }), exact: true }).click();
      for (let n = 1; n <= 4; n++) {
        await expect(learner.panel.getByText(m('assess.exercise', { n, total: 4 }), { exact: true })).toBeVisible();
        await learner.panel.getByRole('button', { name: m('assess.handIn'), exact: true }).click();
        await page.getByRole('alertdialog', { name: m('assess.handIn') }).getByRole('button', { name: m('assess.handIn.yes') }).click();
        if (n < 4) await learner.panel.getByRole('button', { name: m('assess.next') }).click();
      }
      const report = page.getByRole('region', { name: m('assess.report.title', { title }) });
      await expect(report.getByRole('heading', { level: 1 })).toBeFocused();
      await expect(report.getByText(m('assess.report.score', { score: 0 }))).toBeVisible();
      await expect(report.getByText(m('assess.report.failed'), { exact: true })).toBeVisible();
      await expect(report.getByRole('row', { name: words(scenario('aanmelden-primaweb').title, locale) })).toHaveCount(0);
      await expectAccessible(page, `test report (${locale})`);
      await expectNoDutch(page, locale, 'the report');
    });
  });
}
