/**
 * Issue 12.3: a scenario runs in a world of its own and never costs the learner their own work; a
 * scenario run in any mode survives a reload, at the same step, and the learner is told.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { LoginFlow } from './support/login.page';

test.describe.configure({ timeout: 60_000 });

const panel = (page: Page) => page.getByRole('complementary', { name: "Scenario's" });
const RESUMED = 'Hervat na het herladen: u bent terug bij deze stap, met alles wat u in dit scenario deed.';

test("issue 12.3: a scenario and a test leave the learner's own world exactly as it was", async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  // The learner's own work while exploring freely: Pieter's card in the reader, into the portal.
  await flow.insertCard(/^Pieter Claes/);
  await page.getByRole('link', { name: 'Ambtenaren en andere professionals' }).click();
  await expect(page.getByRole('heading', { name: 'Ambtenaren en andere professionals', level: 1 })).toBeVisible();
  await expect(page.getByText('Kaart van Pieter Claes')).toBeVisible();

  // A scenario prepares its own world: Lotte's card, the portal's home.
  await panel(page).getByRole('button', { name: 'Begeleid: Aanmelden in PrimaWeb' }).click();
  await expect(panel(page).getByText('Stap 1 van', { exact: false })).toBeVisible();
  await expect(page.getByText('Kaart van Lotte Vermeulen')).toBeVisible();
  await page.getByRole('link', { name: 'Ambtenaren en andere professionals' }).click();
  await expect(panel(page).getByText('Stap 2 van', { exact: false })).toBeVisible();
  await panel(page).getByRole('button', { name: 'Scenario stoppen' }).click();

  // Back in the learner's own world, as they left it (on the page they were on), also after a reload.
  await expect(page.getByText('Kaart van Pieter Claes')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ambtenaren en andere professionals', level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByText('Kaart van Pieter Claes')).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Demo: Aanmelden in PrimaWeb' })).toBeVisible();

  // A test too: its exercises' people and cards do not stay behind.
  await panel(page).getByRole('button', { name: 'Start de toets: Toets: fusies 2025' }).click();
  await expect(page.getByText('Kaart van Pieter Claes')).toHaveCount(0);
  await panel(page).getByRole('button', { name: 'Toets stoppen' }).click();
  const confirm = page.getByRole('alertdialog');
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: /stoppen|OK/i }).first().click();
  await expect(page.getByText('Kaart van Pieter Claes')).toBeVisible();
});

test('issue 12.3: a demo kept at its step through a reload', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await panel(page).getByRole('button', { name: 'Demo: Aanmelden in PrimaWeb' }).click();
  for (let i = 0; i < 3; i++) await panel(page).getByRole('button', { name: 'Volgende' }).click();
  await expect(panel(page).getByText('Stap 4 van 11')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Prima-Web', level: 1 })).toBeVisible();
  await page.reload();
  await expect(panel(page).getByText('Stap 4 van 11')).toBeVisible();
  await expect(panel(page).getByRole('status').filter({ hasText: RESUMED })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Prima-Web', level: 1 })).toBeVisible();
  await expect(panel(page).getByRole('progressbar', { name: 'Stap 4 van 11' })).toHaveAttribute('value', '3');
  // It goes on from there.
  await panel(page).getByRole('button', { name: 'Volgende' }).click();
  await expect(panel(page).getByText('Stap 5 van 11')).toBeVisible();
});

test('issue 12.3: a guided run kept at its step through a reload, with what the learner did', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await panel(page).getByRole('button', { name: 'Begeleid: Aanmelden in PrimaWeb' }).click();
  await page.getByRole('link', { name: 'Ambtenaren en andere professionals' }).click();
  await page.getByRole('link', { name: "OCMW's & POD Maatschappelijke Integratie" }).click();
  await expect(panel(page).getByText('Stap 3 van 11')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: "OCMW's & POD Maatschappelijke Integratie", level: 1 })).toBeVisible();
  await expect(panel(page).getByText('Stap 3 van 11')).toBeVisible();
  await expect(panel(page).getByText(RESUMED)).toBeVisible();
  // Guidance goes on: a wrong click is still refused.
  await page.getByRole('link', { name: 'Toegangsbeheer', exact: true }).click();
  await expect(panel(page).getByText('Dat is niet de volgende stap', { exact: false })).toBeVisible();
  await page.getByRole('link', { name: 'Prima-Web', exact: true }).click();
  await expect(panel(page).getByText('Stap 4 van 11')).toBeVisible();
});

test('issue 12.3: free practice kept through a reload, and closed back to the own world', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await panel(page).getByRole('button', { name: 'Vrij oefenen: Aanmelden in PrimaWeb' }).click();
  await page.getByRole('link', { name: 'Ambtenaren en andere professionals' }).click();
  await page.getByRole('link', { name: "OCMW's & POD Maatschappelijke Integratie" }).click();
  await page.reload();
  await expect(page.getByRole('heading', { name: "OCMW's & POD Maatschappelijke Integratie", level: 1 })).toBeVisible();
  await expect(panel(page).getByText('Vrij oefenen', { exact: true })).toBeVisible();
  await expect(panel(page).getByText(RESUMED)).toBeVisible();
  await panel(page).getByRole('button', { name: 'Scenario stoppen' }).click();
  await expect(page.getByRole('heading', { name: 'België', level: 1 })).toBeVisible();
  await page.reload();
  await expect(panel(page).getByRole('button', { name: 'Vrij oefenen: Aanmelden in PrimaWeb' })).toBeVisible();
  await expect(panel(page).getByText(RESUMED)).toHaveCount(0);
});

test('issue 11 (review): free practice shows the end state to reach, with the INSZ of a colleague who has no card', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await panel(page).getByRole('button', { name: 'Vrij oefenen: Fusie: huidig Toegangsbeheer "updaten" (scenario 2)' }).click();
  await expect(panel(page).getByText('Vrij oefenen', { exact: true })).toBeVisible();
  await expect(panel(page).getByText('Op het einde moet dit kloppen:')).toBeVisible();
  await expect(panel(page).getByRole('listitem').filter({ hasText: 'Lotte Van Damme (INSZ 88.03.17-123.72) heeft bij OCMW MOERBEKE een account' })).toBeVisible();
});
