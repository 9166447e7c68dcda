import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab until the target has the focus (fails if it is not reachable), like a keyboard user.
 * The bound is one full round of the page: the scenario panel's list alone has some 80 stops.
 */
export async function tabTo(page: Page, target: Locator, max = 200): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reachable with Tab: ${target}`);
}

/** Tabs to a control and presses a key on it (Enter by default). */
export async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** Tabs to a field and types into it. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

/** From the list of online services to the PIN, with the keyboard only. */
export async function loginWithKeyboard(page: Page, service: string, holder: string, pin: string) {
  await press(page, page.getByRole('link', { name: service, exact: true }));
  await press(page, page.getByRole('button', { name: 'Start de onlinedienst op' }));
  await eidWithKeyboard(page, holder, pin);
}

/** The eID screens' labels, in the portal's language. */
const EID = {
  nl: { key: 'Aanmelden met eID', confirm: 'Bevestigen', certificates: 'Selecteer een certificaat', pin: 'eID-verificatie', pinField: 'Pincode' },
  fr: { key: "Se connecter avec l'eID", confirm: 'Confirmer', certificates: 'Sélectionner un certificat', pin: 'Vérification eID', pinField: 'Code PIN' },
} as const;

/** "Aanmelden met eID", "Bevestigen", the holder's certificate and the PIN, with the keyboard only (in French with `locale` 'fr'). */
export async function eidWithKeyboard(page: Page, holder: string, pin: string, locale: keyof typeof EID = 'nl') {
  const labels = EID[locale];
  await press(page, page.getByRole('button', { name: labels.key }));
  await press(page, page.getByRole('button', { name: labels.confirm }));
  // The dialog focuses the first certificate; the arrow keys move through the list.
  const certificates = page.getByRole('dialog', { name: labels.certificates });
  const wanted = certificates.getByRole('radio', { name: new RegExp(holder) });
  await expect(certificates.getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('Space');
  for (let i = 0; i < 6 && !(await wanted.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(wanted).toBeChecked();
  await press(page, certificates.getByRole('button', { name: 'OK' }));
  await expect(page.getByRole('dialog', { name: labels.pin }).getByLabel(labels.pinField)).toBeFocused();
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
}
