import { expect, test } from './support/fixtures';
import { LoginFlow } from './support/login.page';

const WORLD_KEY = 'primaweb-simulator/world';

test('corrupted saved data: the learner is told, the data is kept aside, the simulator starts afresh', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await page.evaluate((key) => localStorage.setItem(key, '{"schema":1,"savedAt":5,"wri'), WORLD_KEY);
  await page.reload();
  await expect(page.getByText('De bewaarde gegevens van de simulator waren beschadigd.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'België', level: 1 })).toBeVisible();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('bewaard')));
  expect(kept).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), kept[0]!)).toContain('savedAt');
  // The fresh world works and is saved again.
  await flow.openCards();
  await page.getByRole('button', { name: 'Kaart uitnemen' }).click();
  await page.reload();
  await expect(page.getByText('Geen kaart in de lezer')).toBeVisible();
});

test('a save whose shape is wrong is treated the same way', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(
    (key) => localStorage.setItem(key, JSON.stringify({ schema: 1, savedAt: 9, writer: 'x', data: { people: 'niemand' } })),
    WORLD_KEY,
  );
  await page.reload();
  await expect(page.getByText('De bewaarde gegevens van de simulator waren beschadigd.')).toBeVisible();
  await expect(page.getByText('Kaart van Lotte Vermeulen')).toBeVisible();
});

test('storage refused by the browser: a notice, and everything still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const flow = new LoginFlow(page);
  await flow.open();
  await expect(page.getByText('Uw voortgang kan niet bewaard worden')).toBeVisible();
  await flow.toPrimawebService();
  await flow.toCertificateChoice();
  await flow.chooseCertificate('Lotte Vermeulen');
  await flow.enterPin('1234');
  await expect(page.getByRole('button', { name: /^OCMW HERSTAPPE/ })).toBeVisible();
});

test('storage full: the learner is told and can go on', async ({ page }) => {
  await page.goto('./');
  await page.addInitScript(() => {
    localStorage.setItem('andere-toepassing', 'x'.repeat(10));
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.openCards();
  await page.getByRole('button', { name: 'Kaart uitnemen' }).click();
  await expect(page.getByText('Het opslaggeheugen van de browser is vol')).toBeVisible();
  await expect(page.getByText('Geen kaart in de lezer')).toBeVisible();
  await flow.insertCard(/^Lotte Vermeulen/);
  await expect(page.getByText('Kaart van Lotte Vermeulen')).toBeVisible();
});

test('two open tabs: a change in one shows in the other, nothing is overwritten silently', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('./');
  await b.goto('./');
  const flowA = new LoginFlow(a);
  await flowA.openCards();
  await a.getByRole('button', { name: 'Kaart uitnemen' }).click();
  await expect(b.getByText('Geen kaart in de lezer')).toBeVisible();
  await expect(b.getByText('De simulator werd in een ander tabblad gewijzigd.')).toBeVisible();
  // Tab b acts on the newest world: its change reaches tab a in turn.
  await new LoginFlow(b).insertCard(/^Pieter Claes/);
  await expect(a.getByText('Kaart van Pieter Claes')).toBeVisible();
});

test('Simulator resetten asks first, then returns to the initial world', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.insertCard(/^Sofie Maes/);
  await page.getByRole('button', { name: 'Simulator resetten' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByText('Kaart van Sofie Maes')).toBeVisible();
  await page.getByRole('button', { name: 'Simulator resetten' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, resetten' }).click();
  await expect(page.getByText('Kaart van Lotte Vermeulen')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Kaart van Lotte Vermeulen')).toBeVisible();
});
