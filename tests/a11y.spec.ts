import { expectAccessible, expect, test } from './support/fixtures';
import { LoginFlow } from './support/login.page';

// Each axe run takes about a second on these 2-core machines; these tests walk many screens.
test.describe.configure({ timeout: 120_000 });

test('axe: every screen of the login flow, with its error states, in Dutch', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await expectAccessible(page, 'portal home');
  await page.getByRole('link', { name: 'Burger' }).click();
  await expectAccessible(page, 'portal home, not simulated');
  await page.getByRole('link', { name: 'Ambtenaren en andere professionals' }).click();
  await expectAccessible(page, 'sectors');
  await page.getByRole('link', { name: "OCMW's & POD Maatschappelijke Integratie" }).click();
  await expectAccessible(page, 'online services');
  await page.getByRole('link', { name: 'Prima-Web' }).click();
  await expectAccessible(page, 'service page');
  await page.getByRole('button', { name: 'Start de onlinedienst op' }).click();
  await page.getByRole('button', { name: 'itsme' }).click();
  await expectAccessible(page, 'CSAM key choice');
  await page.getByRole('button', { name: 'Aanmelden met eID' }).click();
  await expectAccessible(page, 'eID confirmation');
  await flow.openCards();
  await page.getByRole('button', { name: 'Kaart uitnemen' }).click();
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expectAccessible(page, 'no card, card reader open');
  await flow.insertCard(/^Lotte Vermeulen/);
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expectAccessible(page, 'certificate dialog');
  await flow.chooseCertificate('Sofie Maes');
  await expectAccessible(page, 'certificate dialog, other card');
  await flow.chooseCertificate('Lotte Vermeulen');
  await expectAccessible(page, 'PIN dialog');
  await flow.enterPin('0000');
  await expectAccessible(page, 'PIN dialog, wrong PIN');
  await flow.enterPin('0000');
  await flow.enterPin('0000');
  await expectAccessible(page, 'card blocked');
  await page.getByRole('button', { name: 'Kaart deblokkeren' }).click();
  await expectAccessible(page, 'unblock confirmation');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Kaart deblokkeren' }).click();
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await flow.chooseCertificate('Lotte Vermeulen');
  await flow.enterPin('1234');
  await expectAccessible(page, 'enterprise choice');
  await flow.chooseEnterprise('OCMW HERSTAPPE');
  await expectAccessible(page, 'logged-in confirmation');
  await page.getByRole('button', { name: 'Applicatie opstarten' }).click();
  await page.getByRole('button', { name: 'kiezen' }).click();
  await expectAccessible(page, 'role choice, missing role');
  await flow.chooseRole('Sociale Agent');
  await expectAccessible(page, 'PrimaWeb home');
  await page.getByRole('button', { name: 'Mijn toegangen', exact: true }).click();
  await expectAccessible(page, 'PrimaWeb home, not yet simulated');
  await page.getByRole('button', { name: 'Simulator resetten' }).click();
  await expectAccessible(page, 'reset confirmation');
});

test('axe: first login, no entity, and the scenario panel in every mode, in French', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.insertCard(/^Pieter Claes/);
  await flow.loginUntilApplication('Pieter Claes', '2580');
  await expect(page.getByRole('heading', { name: 'Eerste aanmelding' })).toBeVisible();
  await expectAccessible(page, 'first login home');
  await page.getByRole('button', { name: 'Afmelden' }).click();

  await flow.insertCard(/^Sofie Maes/);
  await flow.loginUntilEnterprise('Sofie Maes', '9876');
  await expectAccessible(page, 'no entity');
  await page.getByRole('button', { name: 'Afmelden' }).click();

  await page.getByRole('combobox', { name: 'Taal' }).selectOption('fr');
  await expectAccessible(page, 'portal home in French');
  const panel = page.getByRole('complementary', { name: 'Scénarios' });
  await panel.getByRole('button', { name: 'Démo: Se connecter à PrimaWeb' }).click();
  await panel.getByText('Aller à une étape').click();
  await expectAccessible(page, 'demo with highlight and step list');
  await page.getByRole('link', { name: 'Citoyen' }).click();
  await expectAccessible(page, 'demo refusal');
  await panel.getByRole('button', { name: 'Arrêter le scénario' }).click();
  await panel.getByRole('button', { name: 'Guidé: Se connecter à PrimaWeb' }).click();
  await panel.getByRole('button', { name: 'Indice' }).click();
  await page.getByRole('link', { name: 'Citoyen' }).click();
  await expectAccessible(page, 'guided with hint and refusal');
});

test('axe: the transition-phase persona: four enterprises, PrimaWeb beheer only', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.insertCard(/^Ann Wouters/);
  await flow.loginUntilEnterprise('Ann Wouters', '4711');
  // The four enterprises of the guidelines' transition-phase screen.
  for (const name of ['CPAS Anvers', 'CPAS DE MONT-SAINT-GUIBERT', 'OCMW HERSTAPPE', 'OCMW VAN KOEKELBERG']) {
    await expect(page.getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  await flow.chooseEnterprise('OCMW HERSTAPPE');
  await page.getByRole('button', { name: 'Applicatie opstarten' }).click();
  // Ann holds only OCMW-configuratie at Herstappe: straight to PrimaWeb beheer, no role choice.
  await expect(page.getByRole('button', { name: 'Beheer van de toegangen van de gebruikers van het OCMW' })).toBeVisible();
  await expectAccessible(page, 'PrimaWeb beheer home');
});
