/** Toegangsbeheer's way to "Gebruikers", shared by the specs. */
import { expect, type Page } from '@playwright/test';

/** From Toegangsbeheer's home: the enterprise, the manager's link, then "Gebruikers" in "Functionaliteiten". */
export async function openUsers(
  page: Page,
  link: '(Lokale Beheerder)' | '(Verantwoordelijke Toegangen Entiteit)' = '(Lokale Beheerder)',
  enterprise = '0212.333.592 - OCMW HERSTAPPE',
) {
  await page.getByLabel('Ondernemingsnummer:').selectOption({ label: enterprise });
  await page.getByRole('link', { name: link }).click();
  await expect(page.getByText('Denk eraan om de door u beheerde hoedanigheidsgegevens regelmatig te verifiëren.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Functionaliteiten' }).getByRole('link', { name: 'Gebruikers', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Gebruikers', level: 1 })).toBeVisible();
}
