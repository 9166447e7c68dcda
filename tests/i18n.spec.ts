import { expect, test } from './support/fixtures';
import { wordsIn } from './support/messages';

test('French portal: the wording of 004, and the whole login in French', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page.getByRole('link', { name: 'Citoyen' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Entreprise/ })).toBeVisible();
  await page.getByRole('link', { name: 'Fonctionnaires et autres professionnels' }).click();
  await page.getByRole('link', { name: 'CPAS & SPP Intégration sociale' }).click();
  await page.getByRole('link', { name: 'Prima-Web' }).click();
  await page.getByRole('button', { name: 'Démarrer le service en ligne' }).click();
  await expect(page.getByRole('heading', { name: 'Connexion aux services publics en ligne' })).toBeVisible();
  await page.getByRole('button', { name: "Se connecter avec l'eID" }).click();
  await page.getByRole('button', { name: 'Confirmer' }).click();
  const certificates = page.getByRole('dialog', { name: 'Sélectionner un certificat' });
  await certificates.getByRole('radio', { name: /Lotte Vermeulen/ }).check();
  await certificates.getByRole('button', { name: 'OK' }).click();
  const pin = page.getByRole('dialog', { name: 'Vérification eID' });
  await pin.getByLabel('Code PIN').fill('0000');
  await pin.getByRole('button', { name: 'OK' }).click();
  await expect(pin.getByText('Code PIN erroné. Il vous reste 2 essais.')).toBeVisible();
  await pin.getByLabel('Code PIN').fill('1234');
  await pin.getByRole('button', { name: 'OK' }).click();
  await page.getByRole('button', { name: /^OCMW HERSTAPPE/ }).click();
  await expect(page.getByRole('heading', { name: 'Vous êtes connecté en tant que CPAS de Herstappe' })).toBeVisible();
  await page.getByRole('button', { name: "Démarrer l'application" }).click();
  await page.getByLabel('Rôle').selectOption({ label: 'Agent social' });
  await page.getByRole('button', { name: 'choisir' }).click();
  await expect(page.getByRole('heading', { name: "PrimaWeb - Page d'accueil" })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  // The choice of language survives a reload; the simulator's own chrome is French too.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Réinitialiser le simulateur' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Scénarios' })).toBeVisible();
});

test('a French-speaking browser starts in French; the portal\'s DE and EN links switch to German and English', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'fr-BE', baseURL });
  const page = await context.newPage();
  // The portal's home page (the bare address opens the course home, issue 12.1).
  await page.goto('./#/');
  await expect(page.getByRole('heading', { name: 'Belgique', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Deutsch' }).click();
  await expect(page.getByRole('heading', { name: wordsIn('de').m('portal.home.title'), level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: wordsIn('en').m('portal.home.title'), level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: wordsIn('en').m('sim.language') }).selectOption('nl');
  await expect(page.getByRole('heading', { name: 'België', level: 1 })).toBeVisible();
  await context.close();
});
