/** The simulator bar's tool panels (card reader, simulated date, vendor, trainer's data): open on demand. */
import { expect, type Page } from '@playwright/test';
import { press } from './keyboard';

const bar = (page: Page) => page.getByRole('banner');

/** The panel's button in the simulator bar, by its visible name. */
export const toolButton = (page: Page, name: string | RegExp) => bar(page).getByRole('button', { name, exact: typeof name === 'string' });

/** Opens a tool panel (if it is not open yet) with a click. */
export async function openTool(page: Page, name: string | RegExp): Promise<void> {
  const button = toolButton(page, name);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await panelReady(page, button);
}

/** The panel's contents load on demand: wait until it shows a control. */
async function panelReady(page: Page, button: ReturnType<typeof toolButton>) {
  const id = await button.getAttribute('aria-controls');
  await expect(page.locator(`#${id}`).locator('button, input, select').first()).toBeVisible();
}

/** Opens a tool panel with the keyboard only (Tab to its button, Enter). */
export async function openToolWithKeyboard(page: Page, name: string | RegExp): Promise<void> {
  const button = toolButton(page, name);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await press(page, button);
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await panelReady(page, button);
}

const DATE = /^(Gesimuleerde datum|Date simulée)/;

/** The simulated date's panel ("Gesimuleerde datum: dd/mm/jjjj" in the bar). */
export const openDate = (page: Page) => openTool(page, DATE);
export const openDateWithKeyboard = (page: Page) => openToolWithKeyboard(page, DATE);

/** Trainer mode on (or off), from the bar. */
export async function setTrainerMode(page: Page, on: boolean): Promise<void> {
  const toggle = bar(page).getByRole('button', { name: /^(Trainersmodus|Mode formateur)$/ });
  if ((await toggle.getAttribute('aria-pressed')) !== String(on)) await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', String(on));
}
