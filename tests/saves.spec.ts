/**
 * Issue 12.6: a save made by any landed version opens in this one with nothing lost. Each fixture is
 * the localStorage of a real save made by a shipped version (src/app/save-fixtures/); it is put in
 * the browser before the simulator starts, as if the learner came back after an update.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { Primaweb } from './support/primaweb.page';

test.describe.configure({ timeout: 60_000 });

const fixture = (schema: number) =>
  JSON.parse(readFileSync(new URL(`../src/app/save-fixtures/schema-${schema}.json`, import.meta.url), 'utf8')) as { localStorage: Record<string, string> };

for (const [schema, locale] of [
  [1, 'fr'],
  [2, 'nl'],
  [3, 'fr'],
  [4, 'fr'],
] as const) {
  test(`issue 12.6: a real save of world schema ${schema} opens with the learner's date, language and profile`, async ({ page }) => {
    await page.goto('./');
    await page.evaluate((entries) => {
      localStorage.clear();
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, fixture(schema).localStorage);
    await page.reload();
    if (schema === 4) {
      // This save was left in a guided scenario after its first step ("Een profiel verwijderen"): it comes back at step 2, in the
      // scenario's own world; stopping it gives the learner's world back.
      const panel = page.getByRole('complementary', { name: 'Scénarios' });
      await expect(panel.getByText('Étape 2 sur', { exact: false })).toBeVisible();
      await expect(panel.getByText('Cliquez sur « Supprimer » à côté du profil « Accueil ».', { exact: false })).toBeVisible();
      await panel.getByRole('button', { name: 'Arrêter le scénario' }).click();
      await expect(page.getByRole('heading', { name: 'Belgique', level: 1 })).toBeVisible();
    }
    // The language and the simulated date the learner had chosen, and no notice of damaged data.
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'fr' ? 'fr' : 'nl');
    await expect(page.getByText(locale === 'fr' ? 'Date simulée : 01/03/2025' : 'Gesimuleerde datum: 01/03/2025', { exact: false })).toBeVisible();
    await expect(page.getByText(locale === 'fr' ? 'endommagées' : 'beschadigd', { exact: false })).toHaveCount(0);
    if (locale === 'fr') await page.getByLabel('Langue', { exact: true }).selectOption('nl');
    // The profile the learner created, assigned to Pieter, is still there.
    const pw = new Primaweb(page);
    await pw.login('lotte', 'PrimaWeb beheer');
    await pw.openManagement();
    await expect(pw.profilesTable().getByRole('rowheader', { name: `Fixture profiel schema ${schema}` })).toBeVisible();
  });
}
