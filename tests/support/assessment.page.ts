/** Taking a test ("Toets") as a learner: start it from the panel's list, end exercises, hand in, read the report. */
import { expect, type Page } from '@playwright/test';

export const NL = {
  panel: "Scenario's",
  start: 'Start de toets',
  exercise: (n: number, total: number) => `Oefening ${n} van ${total}`,
  ended: (n: number, total: number, met: number, goals: number) => `Oefening ${n} van ${total} afgerond: ${met} van ${goals} doelen bereikt.`,
  next: 'Volgende oefening',
  handIn: 'Inleveren',
  handInYes: 'Ja, inleveren',
  report: 'Resultaat',
  score: (s: number) => `Score: ${s}/100`,
  passed: 'geslaagd',
  failed: 'niet geslaagd',
};

export const FR: typeof NL = {
  panel: 'Scénarios',
  start: 'Commencer le test',
  exercise: (n, total) => `Exercice ${n} sur ${total}`,
  ended: (n, total, met, goals) => `Exercice ${n} sur ${total} terminé : ${met} objectif(s) atteint(s) sur ${goals}.`,
  next: 'Exercice suivant',
  handIn: 'Remettre',
  handInYes: 'Oui, remettre',
  report: 'Résultat',
  score: (s) => `Score : ${s}/100`,
  passed: 'réussi',
  failed: 'non réussi',
};

export class TestTaker {
  constructor(
    private readonly page: Page,
    private readonly title: string,
    readonly total = 4,
    private readonly m: typeof NL = NL,
  ) {}

  get panel() {
    return this.page.getByRole('complementary', { name: this.m.panel });
  }

  get report() {
    return this.page.getByRole('region', { name: `${this.m.report}${this.m === FR ? ' : ' : ': '}${this.title}` });
  }

  async start() {
    await this.panel.getByRole('button', { name: `${this.m.start}${this.m === FR ? ' : ' : ': '}${this.title}`, exact: true }).click();
    await this.at(1);
  }

  /** The panel shows exercise n, with its title. */
  async at(n: number, exerciseTitle?: string) {
    await expect(this.panel.getByText(this.m.exercise(n, this.total), { exact: true })).toBeVisible();
    if (exerciseTitle) await expect(this.panel.getByRole('heading', { name: exerciseTitle })).toBeVisible();
  }

  /** Exercise n ended by itself (its goals hold): the panel says so, on to the next one; after the last, the report. */
  async ended(n: number, goals: number) {
    if (n === this.total) {
      await expect(this.report).toBeVisible();
      return;
    }
    await expect(this.panel.getByRole('status').filter({ hasText: this.m.ended(n, this.total, goals, goals) })).toBeVisible();
    await this.panel.getByRole('button', { name: this.m.next }).click();
    await this.at(n + 1);
  }

  async handIn(n: number) {
    await this.at(n);
    await this.panel.getByRole('button', { name: this.m.handIn, exact: true }).click();
    await this.page.getByRole('alertdialog', { name: this.m.handIn }).getByRole('button', { name: this.m.handInYes }).click();
    if (n < this.total) {
      await this.panel.getByRole('button', { name: this.m.next }).click();
      await this.at(n + 1);
    }
  }

  async handInAll() {
    for (let n = 1; n <= this.total; n++) await this.handIn(n);
  }

  /** The report: its score and verdict, and each exercise's row (goals reached, wrong actions, hints, score). */
  async expectReport(score: number, rows: [exercise: string | RegExp, cells: (string | RegExp)[]][] = []) {
    await expect(this.report.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(this.report.getByText(this.m.score(score))).toBeVisible();
    await expect(this.report.getByText(score >= 70 ? this.m.passed : this.m.failed, { exact: true })).toBeVisible();
    for (const [exercise, cells] of rows) await expect(this.report.getByRole('row', { name: exercise }).getByRole('cell')).toHaveText(cells);
  }
}
