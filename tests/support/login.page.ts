/** Page object for the login flow of 001/002, with role- and label-based locators only. */
import { expect, type Page } from '@playwright/test';

export class LoginFlow {
  constructor(private readonly page: Page) {}

  get simulated() {
    return this.page.getByRole('region', { name: 'Gesimuleerde browser' });
  }

  /**
   * The portal's home page. The site's bare address opens the course home (issue 12.1), the specs'
   * fixture (fixtures.ts, `atPortal`) opens the portal there instead; without it, "Vrij verkennen".
   */
  async open() {
    await this.page.goto('./');
    const home = this.page.getByRole('heading', { name: 'België', level: 1 });
    const explore = this.page.getByRole('button', { name: 'Vrij verkennen' });
    await expect(home.or(explore)).toBeVisible();
    if (await explore.isVisible()) await explore.click();
    await expect(home).toBeVisible();
  }

  async toPrimawebService() {
    await this.toService('Prima-Web');
  }

  /** Portal home → "Ambtenaren en andere professionals" → "OCMW's & POD Maatschappelijke Integratie" → the service's page. */
  async toService(name: 'Prima-Web' | 'OCMW-configuratie' | 'Toegangsbeheer') {
    await this.page.getByRole('link', { name: 'Ambtenaren en andere professionals' }).click();
    await this.page.getByRole('link', { name: "OCMW's & POD Maatschappelijke Integratie" }).click();
    await this.page.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }

  async toCertificateChoice() {
    await this.page.getByRole('button', { name: 'Start de onlinedienst op' }).click();
    await this.page.getByRole('button', { name: 'Aanmelden met eID' }).click();
    await this.page.getByRole('button', { name: 'Bevestigen' }).click();
    await expect(this.page.getByRole('dialog', { name: 'Selecteer een certificaat' })).toBeVisible();
  }

  async chooseCertificate(holder: string) {
    const dialog = this.page.getByRole('dialog', { name: 'Selecteer een certificaat' });
    await dialog.getByRole('radio', { name: new RegExp(`${holder} \\(Authentication\\)`) }).check();
    await dialog.getByRole('button', { name: 'OK' }).click();
  }

  async enterPin(pin: string) {
    const dialog = this.page.getByRole('dialog', { name: 'eID-verificatie' });
    await dialog.getByLabel('Pincode').fill(pin);
    await dialog.getByRole('button', { name: 'OK' }).click();
  }

  async chooseEnterprise(name: string) {
    await this.page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  }

  async chooseRole(role: 'Sociale Agent' | 'PrimaWeb beheer' | 'OCMW-configuratie') {
    await this.page.getByLabel('Rol').selectOption({ label: role });
    await this.page.getByRole('button', { name: 'kiezen' }).click();
  }

  /** From the portal home to the enterprise choice, as the card holder with their PIN. */
  async loginUntilEnterprise(holder: string, pin: string) {
    await this.toPrimawebService();
    await this.toCertificateChoice();
    await this.chooseCertificate(holder);
    await this.enterPin(pin);
  }

  /** … then the enterprise and "Applicatie opstarten". */
  async loginUntilApplication(holder: string, pin: string, enterprise = 'OCMW HERSTAPPE') {
    await this.loginUntilEnterprise(holder, pin);
    await this.chooseEnterprise(enterprise);
    await this.page.getByRole('button', { name: 'Applicatie opstarten' }).click();
  }

  /** The card reader in the simulator bar. */
  async insertCard(personLabel: RegExp) {
    await this.openCards();
    await this.page.getByLabel('Kaart van', { exact: true }).selectOption({ label: await this.optionLabel(personLabel) });
    await this.page.getByRole('button', { name: 'Kaart insteken' }).click();
  }

  /** Opens the card reader's tool panel in the simulator bar (if it is not open), and waits for its contents (they load on demand). */
  async openCards() {
    const toggle = this.page.getByRole('button', { name: 'Kaarten' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(this.page.getByLabel('Kaart van', { exact: true })).toBeVisible();
  }

  private async optionLabel(pattern: RegExp): Promise<string> {
    const options = await this.page.getByLabel('Kaart van', { exact: true }).locator('option').allTextContents();
    const found = options.map((o) => o.trim()).find((o) => pattern.test(o));
    if (!found) throw new Error(`no card matches ${pattern}`);
    return found;
  }
}

/** The PrimaWeb login in French, from the portal home up to the enterprise choice (the screens' French labels). */
export async function loginUntilEnterpriseInFrench(page: Page, holder: string, pin: string): Promise<void> {
  await page.getByRole('link', { name: 'Fonctionnaires et autres professionnels' }).click();
  await page.getByRole('link', { name: 'CPAS & SPP Intégration sociale' }).click();
  await page.getByRole('link', { name: 'Prima-Web' }).click();
  await page.getByRole('button', { name: 'Démarrer le service en ligne' }).click();
  await eidInFrench(page, holder, pin);
}

/** "Se connecter avec l'eID", "Confirmer", the holder's certificate and the PIN, in French. */
export async function eidInFrench(page: Page, holder: string, pin: string): Promise<void> {
  await page.getByRole('button', { name: "Se connecter avec l'eID" }).click();
  await page.getByRole('button', { name: 'Confirmer' }).click();
  const certificates = page.getByRole('dialog', { name: 'Sélectionner un certificat' });
  await certificates.getByRole('radio', { name: new RegExp(`${holder} \\(Authentication\\)`) }).check();
  await certificates.getByRole('button', { name: 'OK' }).click();
  const pinDialog = page.getByRole('dialog', { name: 'Vérification eID' });
  await pinDialog.getByLabel('Code PIN').fill(pin);
  await pinDialog.getByRole('button', { name: 'OK' }).click();
}
