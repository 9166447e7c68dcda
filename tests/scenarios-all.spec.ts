/**
 * Every scenario and every test of the registry, in the built site: the demo plays to the end, each
 * mode starts on its first step, each test's exercises start, and no page error or console error
 * occurs on the way. The lists come from the app's own registry (src/training), so a scenario or
 * test added there is covered without touching this file. The unit tests (scenarios.test.ts) run
 * the same scenarios on the real runner; only a browser catches a crash in a view, such as the
 * panel's each_key_duplicate that kept the demo of the Toegangsbeheer merger from starting.
 */
import type { Page } from '@playwright/test';
import { SCENARIOS } from '../src/training/scenarios/index';
import { TEST_EXERCISES } from '../src/training/scenarios/tests/index';
import { ASSESSMENTS } from '../src/training/assessments';
import type { Scenario, ScenarioStep } from '../src/training/scenario';
import { expect, test as base } from './support/fixtures';
import { words } from './support/words';

/**
 * Uncaught errors and console errors, collected from the first script on; checked again when the
 * test ends, so a test that fails on a missing screen also names the error behind it.
 */
const test = base.extend<{ errors: string[] }>({
  errors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    await use(errors);
    expect(errors, 'page errors and console errors').toEqual([]);
  },
});

test.describe.configure({ timeout: 90_000 });

const panel = (page: Page) => page.getByRole('complementary', { name: "Scenario's" });

async function openPanel(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'België', level: 1 })).toBeVisible();
  await expect(panel(page).getByRole('heading', { name: words(SCENARIOS[0]!.title), level: 3 })).toBeVisible();
}

/** The step's narration in the panel and its control outlined on the page (demo and guided). */
async function expectStep(page: Page, scenario: Scenario, index: number) {
  const step: ScenarioStep = scenario.steps[index]!;
  await expect(panel(page).getByText(`Stap ${index + 1} van ${scenario.steps.length}`, { exact: true }), step.id).toBeVisible();
  await expect(panel(page).getByText(words(step.narration), { exact: true }).filter({ visible: true }), step.id).toBeVisible();
  if (typeof step.target === 'string') {
    await expect(page.locator(`[data-target="${step.target}"]`).filter({ visible: true }).first(), `${step.id}: its control is outlined`).toHaveClass(/sim-highlight/);
  }
}

test.describe('issue 11.13: the demo of every scenario plays to the end', () => {
  for (const scenario of SCENARIOS) {
    test(`issue 11.13: demo of "${words(scenario.title)}" plays all ${scenario.steps.length} steps without an error`, async ({ page, errors }) => {
      await openPanel(page);
      const start = panel(page).getByRole('button', { name: `Demo: ${words(scenario.title)}`, exact: true });
      await start.click();
      // The list gives way to the scenario (its title is a heading in both).
      await expect(start).toHaveCount(0);
      await expect(panel(page).getByRole('heading', { name: words(scenario.title), level: 3 })).toBeVisible();
      for (const [index, step] of scenario.steps.entries()) {
        await expectStep(page, scenario, index);
        expect(errors, `errors up to step ${index + 1} (${step.id})`).toEqual([]);
        await panel(page).getByRole('button', { name: 'Volgende', exact: true }).click();
      }
      await expect(panel(page).getByRole('status')).toContainText('Scenario voltooid!');
      await expect(panel(page).getByRole('status')).toContainText(words(scenario.outro));
      await panel(page).getByRole('button', { name: 'Sluiten', exact: true }).click();
      const entry = panel(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: words(scenario.title), level: 3 }) });
      await expect(entry.getByText('✓ Demo')).toBeVisible();
      expect(errors, 'errors').toEqual([]);
    });
  }
});

test.describe('issue 11.13: every scenario starts in every mode', () => {
  for (const scenario of SCENARIOS) {
    test(`issue 11.13: "${words(scenario.title)}" starts as Demo, Begeleid and Vrij oefenen without an error`, async ({ page, errors }) => {
      await openPanel(page);
      for (const mode of ['Demo', 'Begeleid', 'Vrij oefenen'] as const) {
        const start = panel(page).getByRole('button', { name: `${mode}: ${words(scenario.title)}`, exact: true });
        await start.click();
        await expect(start).toHaveCount(0);
        await expect(panel(page).getByRole('heading', { name: words(scenario.title), level: 3 })).toBeVisible();
        await expect(panel(page).getByText(mode, { exact: true })).toBeVisible();
        if (mode === 'Vrij oefenen') {
          await expect(panel(page).getByText('Voer de procedure zelf uit, zonder begeleiding.', { exact: false })).toBeVisible();
          await expect(panel(page).getByText(/^Stap \d+ van \d+$/)).toHaveCount(0);
        } else {
          await expectStep(page, scenario, 0);
        }
        expect(errors, `errors in ${mode}`).toEqual([]);
        await panel(page).getByRole('button', { name: 'Scenario stoppen' }).click();
        await expect(start).toBeVisible();
      }
      expect(errors, 'errors').toEqual([]);
    });
  }
});

test.describe('issue 11.13: every test starts each of its exercises', () => {
  for (const assessment of ASSESSMENTS) {
    test(`issue 11.13: "${words(assessment.title)}" starts each of its ${assessment.exercises.length} exercises and reports, without an error`, async ({ page, errors }) => {
      await openPanel(page);
      await panel(page).getByRole('button', { name: `Start de toets: ${words(assessment.title)}`, exact: true }).click();
      const total = assessment.exercises.length;
      for (const [index, id] of assessment.exercises.entries()) {
        // A test's exercises are the merger scenarios or its own ('toets-…'), never listed in the panel.
        const exercise = [...SCENARIOS, ...TEST_EXERCISES].find((s) => s.id === id)!;
        await expect(panel(page).getByText(`Oefening ${index + 1} van ${total}`, { exact: true })).toBeVisible();
        await expect(panel(page).getByRole('heading', { name: words(exercise.title) })).toBeVisible();
        for (const goal of exercise.goals ?? []) await expect(panel(page).getByRole('listitem').filter({ hasText: words(goal.label) })).toBeVisible();
        expect(errors, `errors in exercise ${index + 1} (${id})`).toEqual([]);
        await panel(page).getByRole('button', { name: 'Inleveren' }).click();
        await page.getByRole('alertdialog', { name: 'Inleveren' }).getByRole('button', { name: 'Ja, inleveren' }).click();
        // The last exercise handed in ends the test with its report.
        if (index === total - 1) break;
        await expect(panel(page).getByRole('status')).toContainText(`Oefening ${index + 1} van ${total} afgerond`);
        await panel(page).getByRole('button', { name: 'Volgende oefening' }).click();
      }
      await expect(page.getByRole('region', { name: `Resultaat: ${words(assessment.title)}` })).toBeVisible();
      expect(errors, 'errors').toEqual([]);
    });
  }
});
