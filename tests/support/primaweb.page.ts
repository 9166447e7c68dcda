/** Page object for PrimaWeb (access management of manual 000, files and integrations), on top of the login flow. */
import { expect, type Page } from '@playwright/test';
import { LoginFlow } from './login.page';

export const PEOPLE = {
  lotte: { holder: 'Lotte Vermeulen', pin: '1234', card: /^Lotte Vermeulen/ },
  pieter: { holder: 'Pieter Claes', pin: '2580', card: /^Pieter Claes/ },
  ann: { holder: 'Ann Wouters', pin: '4711', card: /^Ann Wouters/ },
} as const;

export class Primaweb {
  readonly flow: LoginFlow;
  constructor(private readonly page: Page) {
    this.flow = new LoginFlow(page);
  }

  /** Logs in from the portal home with the person's card; chooses the role when asked. */
  async login(who: keyof typeof PEOPLE, role?: 'Sociale Agent' | 'PrimaWeb beheer') {
    const person = PEOPLE[who];
    if (!(await this.page.getByText(`Kaart van ${person.holder}`).isVisible())) await this.flow.insertCard(person.card);
    await this.flow.loginUntilApplication(person.holder, person.pin);
    if (role) await this.flow.chooseRole(role);
    await expect(this.page.getByRole('heading', { name: 'PrimaWeb - Startpagina' })).toBeVisible();
  }

  async logout() {
    await this.page.getByRole('button', { name: 'Afmelden' }).click();
    await expect(this.page.getByRole('heading', { name: 'België', level: 1 })).toBeVisible();
  }

  async openManagement() {
    await this.page.getByRole('button', { name: 'Beheer van de toegangen van de gebruikers van het OCMW' }).click();
    await expect(this.page.getByRole('heading', { name: 'Beheer van de toegangen van de gebruikers van het OCMW', level: 1 })).toBeVisible();
  }

  profilesTable() {
    return this.page.getByRole('table').filter({ has: this.page.getByRole('columnheader', { name: 'Profiel' }) }).first();
  }

  usersTable() {
    return this.page.getByRole('table').filter({ has: this.page.getByRole('columnheader', { name: 'INSZ' }) }).first();
  }

  async createProfile(nl: string, fr: string, choose: () => Promise<void>) {
    await this.page.getByRole('button', { name: 'Een profiel creëren', exact: true }).click();
    await this.page.getByLabel('Beschrijving (Nederlands) *').fill(nl);
    await this.page.getByLabel('Beschrijving (Frans) *').fill(fr);
    await choose();
    await this.page.getByRole('button', { name: 'Bewaren' }).click();
  }

  /** "Opzoeken van een dossier", the name or INSZ, "Zoeken". */
  async searchFiles(query: string) {
    await this.page.getByRole('button', { name: 'Opzoeken van een dossier' }).click();
    await this.page.getByLabel('Naam of INSZ').fill(query);
    await this.page.getByRole('button', { name: 'Zoeken' }).click();
  }

  /** "Integraties – Desintegraties" of the open file: a period from `start` without end date, the code, the person ticked, then the button. */
  async integrationPeriod(start: string, code: string, person: RegExp, button: 'Integreren' | 'Desintegreren') {
    await this.page.getByRole('navigation', { name: 'Menu van de aanvraag' }).getByRole('button', { name: 'Integraties – Desintegraties' }).click();
    await this.page.getByRole('textbox', { name: 'Begindatum *', exact: true }).fill(start);
    await this.page.getByLabel('Hoedanigheidscode *').selectOption(code);
    await this.page.getByRole('checkbox', { name: person }).check();
    await this.page.getByRole('button', { name: button, exact: true }).click();
  }

  async applyPredefined(label: string) {
    await this.page.getByRole('combobox', { name: 'Voorgedefinieerd profiel', exact: true }).selectOption({ label });
    await this.page.getByRole('button', { name: 'Functies aanvinken' }).click();
  }
}
