/** What the ChaMan specs share: the labels of the four OCMW Online permissions of a REST account (004), and the keyboard way in. */
import { expect, type Page } from '@playwright/test';
import { eidWithKeyboard, press } from './keyboard';
import { LoginFlow } from './login.page';

export const OCMW_ONLINE_PERMISSIONS = [
  'Administratie van het OCMW Online-systeem',
  'Beheer van het OCMW Online proces',
  "Bewerken van de signalitieke gegevens van de OCMW's",
  "Raadpleging van de signalitieke gegevens van de OCMW's",
] as const;

/**
 * Ann's card in the reader (the simulator's chrome), then from ChaMan's service page into ChaMan with
 * the keyboard only: "Beheer uw technische kanalen", "Professional", eID, OCMW HERSTAPPE, and
 * straight into ChaMan (004 l.766: no page between).
 */
export async function chamanAsAnnWithKeyboard(page: Page, insertCard = true): Promise<void> {
  const flow = new LoginFlow(page);
  if (insertCard) {
    await flow.open();
    await flow.insertCard(/Ann/);
  }
  await page.goto('./#/onderneming/chaman');
  await expect(page.getByRole('heading', { name: 'Chaman: beheer van technische kanalen', level: 1 })).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Beheer uw technische kanalen' }));
  await press(page, page.getByRole('button', { name: 'Professional' }));
  await eidWithKeyboard(page, 'Ann Wouters', '4711');
  await press(page, page.getByRole('button', { name: /^OCMW HERSTAPPE/ }));
  await expect(page.getByText('ChaMan - Beheer van technische kanalen').first()).toBeVisible();
}
