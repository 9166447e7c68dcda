import { expect, test } from './support/fixtures';
import { LoginFlow } from './support/login.page';

test.describe.configure({ timeout: 60_000 });

const panel = (page: import('@playwright/test').Page) => page.getByRole('complementary', { name: "Scenario's" });

test('demo: the runner highlights, narrates and performs every step; Vorige goes back', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await panel(page).getByRole('button', { name: 'Demo: Aanmelden in PrimaWeb' }).click();
  await expect(panel(page).getByText('Stap 1 van 11')).toBeVisible();
  await expect(panel(page).getByText('We melden ons aan als Ambtenaren en andere professionelen.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ambtenaren en andere professionals' })).toHaveClass(/sim-highlight/);

  // A learner's own click during the demo is not executed.
  await page.getByRole('link', { name: 'Burger' }).click();
  await expect(panel(page).getByText('Dit is een demonstratie')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'België', level: 1 })).toBeVisible();

  await panel(page).getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('heading', { name: 'Ambtenaren en andere professionals', level: 1 })).toBeVisible();
  await expect(panel(page).getByText('Stap 2 van 11')).toBeVisible();
  await panel(page).getByRole('button', { name: 'Volgende' }).click();
  await panel(page).getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('heading', { name: 'Prima-Web', level: 1 })).toBeVisible();
  await panel(page).getByRole('button', { name: 'Vorige' }).click();
  await expect(panel(page).getByText('Stap 3 van 11')).toBeVisible();
  await expect(page.getByRole('heading', { name: "OCMW's & POD Maatschappelijke Integratie", level: 1 })).toBeVisible();

  // A trainer jumps straight to the PIN step.
  await panel(page).getByText('Naar een stap springen').click();
  await panel(page).getByRole('button', { name: /demopincode/ }).click();
  await expect(panel(page).getByText('Stap 8 van 11')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'eID-verificatie' })).toBeVisible();
  await expect(panel(page).getByText('u heeft maar drie kansen')).toBeVisible();

  for (let i = 8; i <= 11; i++) await panel(page).getByRole('button', { name: 'Volgende' }).click();
  await expect(panel(page).getByText('Scenario voltooid!')).toBeVisible();
  await expect(page.getByRole('heading', { name: /PrimaWeb/, level: 1 })).toBeVisible();
  await panel(page).getByRole('button', { name: 'Sluiten' }).click();
  await expect(panel(page).getByText('✓ Demo')).toBeVisible();
});

test('demo: Afspelen plays the steps by itself, Pauzeren stops it', async ({ page }) => {
  // The clock is ours from the first script on, so only runFor moves the demo on.
  await page.clock.install();
  const flow = new LoginFlow(page);
  await flow.open();
  await panel(page).getByRole('button', { name: 'Demo: Aanmelden in PrimaWeb' }).click();
  await panel(page).getByRole('button', { name: 'Afspelen' }).click();
  await page.clock.runFor(4000);
  await expect(panel(page).getByText('Stap 2 van 11')).toBeVisible();
  await page.clock.runFor(4000);
  await expect(panel(page).getByText('Stap 3 van 11')).toBeVisible();
  await panel(page).getByRole('button', { name: 'Pauzeren' }).click();
  await page.clock.runFor(10000);
  await expect(panel(page).getByText('Stap 3 van 11')).toBeVisible();
});

test('guided: wrong clicks and a wrong PIN are refused with feedback; the progress survives a reload', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await panel(page).getByRole('button', { name: 'Begeleid: Aanmelden in PrimaWeb' }).click();
  await expect(page.getByRole('link', { name: 'Ambtenaren en andere professionals' })).toHaveClass(/sim-highlight/);
  await page.getByRole('link', { name: 'Onderneming' }).click();
  await expect(panel(page).getByRole('alert')).toContainText('Dat is niet de volgende stap; er werd niets uitgevoerd.');
  await expect(page.getByRole('heading', { name: 'België', level: 1 })).toBeVisible();
  await panel(page).getByRole('button', { name: 'Hint' }).click();
  await expect(panel(page).getByText('Klik op "Ambtenaren en andere professionals".', { exact: true })).toBeVisible();

  await flow.toPrimawebService();
  await expect(panel(page).getByText('Stap 4 van 11')).toBeVisible();
  await flow.toCertificateChoice();
  await flow.chooseCertificate('Pieter Claes');
  await expect(panel(page).getByRole('alert')).toContainText('Dat certificaat hoort bij een andere kaart');
  await flow.chooseCertificate('Lotte Vermeulen');
  await flow.enterPin('9999');
  await expect(panel(page).getByRole('alert')).toContainText('In de begeleide modus telt deze poging niet');
  await expect(page.getByText('U heeft nog 2 pogingen')).toHaveCount(0);
  await flow.enterPin('1234');
  await flow.chooseEnterprise('OCMW HERSTAPPE');
  await page.getByRole('button', { name: 'Applicatie opstarten' }).click();
  await page.getByLabel('Rol').selectOption({ label: 'PrimaWeb beheer' });
  await page.getByRole('button', { name: 'kiezen' }).click();
  await expect(panel(page).getByRole('alert')).toContainText('Dat is niet de volgende stap');
  await flow.chooseRole('Sociale Agent');
  await expect(panel(page).getByText('Scenario voltooid!')).toBeVisible();
  await expect(panel(page).getByText('Als u voor het eerst inlogt als Sociale Agent')).toBeVisible();
  await panel(page).getByRole('button', { name: 'Sluiten' }).click();

  await page.reload();
  await expect(panel(page).getByText('✓ Begeleid')).toBeVisible();
});

test('vrij oefenen: no guidance, and completion is recognised', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await panel(page).getByRole('button', { name: 'Vrij oefenen: Aanmelden in PrimaWeb' }).click();
  await page.getByRole('link', { name: 'Burger' }).click();
  await expect(page.getByText('Dit deel van het portaal wordt niet nagebootst')).toBeVisible();
  await flow.loginUntilApplication('Lotte Vermeulen', '1234');
  await flow.chooseRole('Sociale Agent');
  await expect(panel(page).getByText('Scenario voltooid!')).toBeVisible();
});

test("the bar's Scenario's button hides and shows the panel", async ({ page }) => {
  await page.goto('./');
  const toggle = page.getByRole('banner').getByRole('button', { name: "Scenario's" });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(panel(page)).toBeHidden();
  await toggle.click();
  await expect(panel(page).getByRole('button', { name: 'Demo: Aanmelden in PrimaWeb' })).toBeVisible();
});
