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

/**
 * 004 "Toegangsbeheerder aanstellen": the enterprise, "Klik op de benaming van de onderneming",
 * then the capacity "Maatschappelijk Welzijn" in "Lijst van de hoedanigheden".
 */
export async function openCapacity(page: Page, enterprise = '0212.333.592 - OCMW HERSTAPPE') {
  await page.getByLabel('Ondernemingsnummer:').selectOption({ label: enterprise });
  await page.getByRole('link', { name: enterprise.split(' - ')[1], exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Lijst van de hoedanigheden :', level: 1 })).toBeVisible();
  await page.getByRole('table', { name: 'Geactiveerd(en)' }).getByRole('link', { name: 'Maatschappelijk Welzijn' }).click();
  await expect(page.getByRole('heading', { name: 'Maatschappelijk Welzijn', level: 1 })).toBeVisible();
}
