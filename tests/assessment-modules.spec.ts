/**
 * Issue 12.2, a test for every module: each new test done through the screens as a learner would
 * (a pass score), and handed in untouched (not passed); the answer field typed with the keyboard;
 * the tests list naming the merger scenarios; one test in French.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { FR, TestTaker } from './support/assessment.page';
import { LoginFlow } from './support/login.page';
import { Primaweb } from './support/primaweb.page';

test.describe.configure({ timeout: 180_000 });

const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });

async function openFile(page: Page, query: string, who: string) {
  await page.getByRole('button', { name: 'Opzoeken van een dossier' }).click();
  await page.getByLabel('Naam of INSZ').fill(query);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('button', { name: `Openen: ${who}` }).click();
  await expect(page.getByRole('heading', { name: 'Huidige aanvraag', level: 1 })).toBeVisible();
}

async function period(page: Page, start: string, end: string, code: string, person: RegExp, button: 'Integreren' | 'Desintegreren') {
  await page.getByRole('navigation', { name: 'Menu van de aanvraag' }).getByRole('button', { name: 'Integraties – Desintegraties' }).click();
  await field(page, 'Begindatum *').fill(start);
  await field(page, 'Einddatum').fill(end);
  await page.getByLabel('Hoedanigheidscode *').selectOption(code);
  await page.getByRole('checkbox', { name: person }).check();
  await page.getByRole('button', { name: button, exact: true }).click();
}

test('issue 12.2: "Toets: aanmelden" done through the screens: four logins, a pass score', async ({ page }) => {
  const flow = new LoginFlow(page);
  const toets = new TestTaker(page, 'Toets: aanmelden');
  await flow.open();
  await toets.start();
  await expect(toets.panel.getByRole('heading', { name: 'Aanmelden met de kaart van een collega' })).toBeVisible();
  await expect(page.getByText('Kaart van Pieter Claes')).toBeVisible();
  await flow.loginUntilApplication('Pieter Claes', '2580');
  await toets.ended(1, 1);
  await flow.loginUntilApplication('Ann Wouters', '4711', 'OCMW VAN KOEKELBERG');
  await toets.ended(2, 1);
  await flow.loginUntilApplication('Lotte Vermeulen', '1234');
  await flow.chooseRole('PrimaWeb beheer');
  await toets.ended(3, 1);
  await flow.loginUntilApplication('Julie Lambert', '8520', 'CPAS DE MONT-SAINT-GUIBERT');
  await toets.ended(4, 1);
  await toets.expectReport(100, [['Aanmelden om de profielen te beheren', [/1 van 1 doelen/, '0', '0', '100']]]);
  await expectAccessible(page, 'report of Toets: aanmelden');
});

test('issue 12.2: "Toets: integraties" done through the screens, the repertory question answered with the keyboard', async ({ page }) => {
  const pw = new Primaweb(page);
  const toets = new TestTaker(page, 'Toets: integraties');
  await pw.flow.open();
  await toets.start();
  // 1: Noah for the maximum of code 01.
  await openFile(page, 'Janssens', 'Janssens Sara');
  await period(page, '10/02/2025', '', '01', /Peeters Noah/, 'Integreren');
  await toets.ended(1, 2);
  // 2: part of Lien's code 04.
  await openFile(page, 'Janssens', 'Janssens Sara');
  await period(page, '01/03/2025', '30/04/2025', '04', /Peeters Lien/, 'Desintegreren');
  await toets.ended(2, 1);
  // 3: the repertory, and the question in the panel.
  await expect(toets.panel.getByText('Tot wanneer loopt de integratie van Tom Peeters bij de VDAB? (dd/mm/jjjj)')).toBeVisible();
  await openFile(page, 'Janssens', 'Janssens Sara');
  await page.getByRole('navigation', { name: 'Menu van de aanvraag' }).getByRole('button', { name: 'Integraties – Desintegraties' }).click();
  const consult = page.getByRole('region', { name: 'Raadplegen' });
  await consult.getByLabel('Persoon *').selectOption({ label: 'Peeters Tom' });
  await consult.getByRole('textbox', { name: 'Begindatum van de raadpleging *' }).fill('01/01/2024');
  await consult.getByRole('textbox', { name: 'Einddatum van de raadpleging *' }).fill('31/12/2025');
  await consult.getByRole('button', { name: 'Raadplegen' }).click();
  await expect(consult.getByRole('table')).toContainText('31/08/2025');
  // With the keyboard: an empty answer gets a message next to the field, then the answer.
  const answer = toets.panel.getByRole('textbox', { name: 'Uw antwoord' });
  await answer.focus();
  await page.keyboard.press('Enter');
  await expect(toets.panel.getByRole('alert')).toHaveText('Typ eerst een antwoord in het veld.');
  await expect(answer).toHaveAttribute('aria-invalid', 'true');
  await expect(answer).toBeFocused();
  await expectAccessible(page, 'answer field with its message');
  await page.keyboard.type('31/08/2025');
  await page.keyboard.press('Enter');
  await toets.ended(3, 1);
  // 4: form B, after Marc's code 01.
  await openFile(page, 'Dubois', 'Dubois Marie');
  await period(page, '01/02/2025', '', '01', /Lenaerts Marc/, 'Integreren');
  await page.getByRole('button', { name: 'Formulieren' }).click();
  await page.getByLabel('Toegekende steun *').selectOption('leefloon');
  await page.getByLabel('Datum van invoegetreding *').fill('01/02/2025');
  await page.getByRole('button', { name: 'Overzicht' }).click();
  await page.getByRole('button', { name: 'Verzenden', exact: true }).click();
  await toets.ended(4, 3);
  await toets.expectReport(100, [[/Het repertorium raadplegen/, [/1 van 1 doelen.*Uw antwoord: 31\/08\/2025/, '0', '0', '100']]]);
});

test('issue 12.2: each new test handed in untouched is not passed, its report saying so per exercise', async ({ page }) => {
  await page.goto('./');
  for (const title of ['Toets: aanmelden', 'Toets: beheer van de profielen', 'Toets: integraties', 'Toets: Toegangsbeheer, ChaMan en OCMW-configuratie', 'Toets: fusiescenario 2', 'Toets: fusiescenario 3']) {
    const toets = new TestTaker(page, title);
    await toets.start();
    await toets.handInAll();
    await toets.expectReport(0);
    await expect(toets.report.getByText('Ingeleverd voor de eindtoestand bereikt was.')).toHaveCount(4);
    await toets.report.getByRole('button', { name: 'Sluiten' }).click();
    await expect(toets.panel.getByText(`Laatste resultaat: 0/100 (niet geslaagd)`).first()).toBeVisible();
  }
});
