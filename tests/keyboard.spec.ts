import { expect, test } from './support/fixtures';
import { tabTo } from './support/keyboard';

test('the whole login can be done with the keyboard alone', async ({ page }) => {
  await page.goto('./');
  await tabTo(page, page.getByRole('link', { name: 'Ambtenaren en andere professionals' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Ambtenaren en andere professionals', level: 1 })).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: "OCMW's & POD Maatschappelijke Integratie" }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: 'Prima-Web' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Start de onlinedienst op' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Aanmelden met eID' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Bevestigen' }));
  await page.keyboard.press('Enter');

  // The certificate dialog takes the focus; Escape cancels it, as in the browser.
  const certificates = page.getByRole('dialog', { name: 'Selecteer een certificaat' });
  await expect(certificates.getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(certificates).toHaveCount(0);
  await tabTo(page, page.getByRole('button', { name: 'Aanmelden met eID' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Bevestigen' }));
  await page.keyboard.press('Enter');
  await expect(certificates.getByRole('radio', { name: /Lotte Vermeulen/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(certificates.getByRole('radio', { name: /Lotte Vermeulen/ })).toBeChecked();
  await tabTo(page, certificates.getByRole('button', { name: 'OK' }));
  await page.keyboard.press('Enter');

  const pin = page.getByRole('dialog', { name: 'eID-verificatie' });
  await expect(pin.getByLabel('Pincode')).toBeFocused();
  await page.keyboard.type('1234');
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByRole('button', { name: /^OCMW HERSTAPPE/ }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Applicatie opstarten' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Rol'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Rol')).toHaveValue('socialeAgent');
  await tabTo(page, page.getByRole('button', { name: 'kiezen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /PrimaWeb/, level: 1 })).toBeFocused();
});

test('the guided scenario can be followed with the keyboard alone', async ({ page }) => {
  await page.goto('./');
  await tabTo(page, page.getByRole('button', { name: 'Begeleid: Aanmelden in PrimaWeb' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Hint' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Klik op "Ambtenaren en andere professionals".', { exact: true })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Ambtenaren en andere professionals' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Stap 2 van 11')).toBeVisible();
});
