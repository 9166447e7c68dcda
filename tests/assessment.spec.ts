import { expect, expectAccessible, test } from './support/fixtures';
import { loginWithKeyboard, press, tabTo, typeInto } from './support/keyboard';
import { LoginFlow } from './support/login.page';
import { openCapacity } from './support/toegangsbeheer.page';

test.describe.configure({ timeout: 120_000 });

const countPrints = () => {
  window.print = () => {
    (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
  };
};

test('"Toets: fusies 2025": an exercise done with a wrong action and a hint, the others handed in; the printable report is kept after a reload', async ({ page }) => {
  await page.addInitScript(countPrints);
  const panel = page.getByRole('complementary', { name: "Scenario's" });
  const flow = new LoginFlow(page);
  await page.goto('./');
  await panel.getByRole('button', { name: 'Start de toets: Toets: fusies 2025' }).click();

  // 1 of 4: the integrations, handed in untouched.
  await expect(panel.getByText('Oefening 1 van 4')).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Fusie: integraties overzetten (scenario 1)' })).toBeVisible();
  await expect(panel.getByRole('listitem').filter({ hasText: 'De integratie van Emma Claeys (code 02) onder OCMW Melle stopt op 31/12/2024.' })).toBeVisible();
  await expectAccessible(page, 'test: exercise 1');
  // The merger guide stays available, but its links to exercises (which would end the test) wait.
  await page.getByRole('button', { name: 'Fusies 2025', exact: true }).click();
  const guide = page.getByRole('region', { name: 'Fusies 2025' });
  await guide.getByLabel('Gemeente of NIS-code').fill('Merelbeke');
  await guide.getByRole('button', { name: 'Zoeken' }).click();
  await guide.getByRole('button', { name: /→ Merelbeke - Melle/ }).click();
  await expect(guide.getByRole('heading', { name: 'Scenario 1: Nieuw KBO & nieuw NIS' })).toBeVisible();
  await expect(guide.getByRole('button', { name: /^Oefenen:|^Test uzelf/ })).toHaveCount(0);
  await guide.getByRole('button', { name: 'Sluiten' }).click();
  await panel.getByRole('button', { name: 'Inleveren' }).click();
  const handIn = page.getByRole('alertdialog', { name: 'Inleveren' });
  await expectAccessible(page, 'test: hand in?');
  await handIn.getByRole('button', { name: 'Ja, inleveren' }).click();
  await expect(panel.getByRole('status')).toContainText('Oefening 1 van 4 afgerond: 0 van 2 doelen bereikt.');
  await expect(panel.getByRole('button', { name: 'Volgende oefening' })).toBeFocused();
  await panel.getByRole('button', { name: 'Volgende oefening' }).click();

  // 2 of 4: Toegangsbeheer, done, with one wrong PIN (a wrong action) and one hint; no guidance, no refusal.
  await expect(panel.getByText('Oefening 2 van 4')).toBeVisible();
  await panel.getByRole('button', { name: 'Hint (−10 punten)' }).click();
  await expect(panel.getByText('Klik op "Toegangsbeheer".', { exact: false })).toBeVisible();
  await page.getByRole('link', { name: 'Toegangsbeheer', exact: true }).click();
  await flow.toCertificateChoice();
  await flow.chooseCertificate('Karen De Vos');
  await flow.enterPin('1111');
  await expect(page.getByText('Verkeerde pincode.', { exact: false })).toBeVisible();
  await flow.enterPin('1357');
  // 004 l.255–300: the enterprise's name, the capacity, "Van Toegangsbeheerder veranderen"; then "Gebruikers" for Eva.
  await openCapacity(page, '1009.000.136 - OCMW MERELBEKE-MELLE');
  await page.getByRole('button', { name: 'Van Toegangsbeheerder veranderen' }).click();
  await page.getByLabel('INSZ:').fill('55.05.05-181.83');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await page.getByRole('navigation', { name: 'Functionaliteiten' }).getByRole('link', { name: 'Gebruikers', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Eva Wauters aanvinken' }).check();
  await page.getByLabel('Actie voor de aangevinkte gebruikers').selectOption({ label: 'Gebruiker(s) verwijderen' });
  await page.getByRole('button', { name: 'Uitvoeren' }).click();
  await page.getByRole('alertdialog', { name: 'Gebruiker(s) verwijderen' }).getByRole('button', { name: 'OK' }).click();
  await expect(panel.getByRole('status')).toContainText('Oefening 2 van 4 afgerond: 2 van 2 doelen bereikt.');
  await panel.getByRole('button', { name: 'Volgende oefening' }).click();

  // 3 and 4 of 4: handed in.
  for (const n of [3, 4]) {
    await expect(panel.getByText(`Oefening ${n} van 4`)).toBeVisible();
    await panel.getByRole('button', { name: 'Inleveren' }).click();
    await page.getByRole('alertdialog', { name: 'Inleveren' }).getByRole('button', { name: 'Ja, inleveren' }).click();
    if (n === 3) await panel.getByRole('button', { name: 'Volgende oefening' }).click();
  }

  // The report: (0 + (100 − 3 − 10) + 0 + 0) / 4 = 21.75.
  const report = page.getByRole('region', { name: 'Resultaat: Toets: fusies 2025' });
  await expect(report.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(report.getByText('Score: 22/100')).toBeVisible();
  await expect(report.getByText('niet geslaagd')).toBeVisible();
  const access = report.getByRole('row', { name: /Fusie: de toegangsbeheerder van het nieuwe OCMW aanstellen/ });
  await expect(access.getByRole('cell')).toHaveText([/2 van 2 doelen/, '1', '1', '87']);
  await expect(access).toContainText('Jan Maes is Toegangsbeheerder (Lokale Beheerder) van OCMW MERELBEKE-MELLE. (bereikt)');
  const integrations = report.getByRole('row', { name: /Fusie: integraties overzetten/ });
  await expect(integrations.getByRole('cell')).toHaveText([/0 van 2 doelen.*Ingeleverd voor de eindtoestand bereikt was\./, '0', '0', '0']);
  await expectAccessible(page, 'test report');
  await report.getByRole('button', { name: 'Afdrukken' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await report.getByRole('button', { name: 'Sluiten' }).click();
  await expect(report).toHaveCount(0);

  // Kept across a reload, and opened again.
  await page.reload();
  await expect(panel.getByText('Laatste resultaat: 22/100 (niet geslaagd)', { exact: false })).toBeVisible();
  // Issue 11.16: the list dates the result as the report does, the computer's date labelled, and the simulated date.
  await expect(panel.getByText(/22\/100 \(niet geslaagd\), \d\d\/\d\d\/\d{4} \(datum van de computer\)\.\s*Gesimuleerde datum: \d\d\/\d\d\/\d{4}\./)).toBeVisible();
  await panel.getByRole('button', { name: 'Laatste resultaat bekijken: Toets: fusies 2025' }).click();
  await expect(report.getByText('Score: 22/100')).toBeVisible();
});

test('the test in French with the keyboard alone: started from the merger guide, stopped, started again, handed in, report', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Taal', { exact: true }).selectOption('fr');
  const panel = page.getByRole('complementary', { name: 'Scénarios' });
  await press(page, page.getByRole('button', { name: 'Fusions 2025', exact: true }));
  await press(page, page.getByRole('button', { name: 'Testez-vous : Test : fusions 2025' }));
  await expect(panel.getByText('Exercice 1 sur 4')).toBeVisible();
  await expect(panel.getByText("À la fin, ceci doit être correct :")).toBeVisible();
  await expectAccessible(page, 'test exercise (fr)');

  await press(page, panel.getByRole('button', { name: 'Arrêter le test' }));
  const stop = page.getByRole('alertdialog', { name: 'Arrêter le test' });
  await expect(stop.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await press(page, stop.getByRole('button', { name: 'Oui, arrêter' }));
  await expect(panel.getByRole('button', { name: 'Commencer le test : Test : fusions 2025' })).toBeVisible();

  await press(page, panel.getByRole('button', { name: 'Commencer le test : Test : fusions 2025' }));
  for (const n of [1, 2, 3, 4]) {
    await expect(panel.getByText(`Exercice ${n} sur 4`)).toBeVisible();
    await press(page, panel.getByRole('button', { name: 'Remettre' }));
    await press(page, page.getByRole('alertdialog', { name: 'Remettre' }).getByRole('button', { name: 'Oui, remettre' }));
    if (n < 4) {
      await expect(panel.getByRole('status')).toContainText(`Exercice ${n} sur 4 terminé`);
      // The focus goes to "Exercice suivant".
      await expect(panel.getByRole('button', { name: 'Exercice suivant' })).toBeFocused();
      await page.keyboard.press('Enter');
    }
  }
  const report = page.getByRole('region', { name: 'Résultat : Test : fusions 2025' });
  await expect(report.getByText('Score : 0/100')).toBeVisible();
  await expect(report.getByText('non réussi')).toBeVisible();
  await expect(report.getByRole('columnheader', { name: 'Actions erronées' })).toBeVisible();
  await expectAccessible(page, 'test report (fr)');
  await tabTo(page, report.getByRole('button', { name: 'Fermer' }));
  await page.keyboard.press('Enter');
  await expect(report).toHaveCount(0);
  await expect(panel.getByText('Dernier résultat : 0/100 (non réussi)', { exact: false })).toBeVisible();
});

test('a damaged stored result: the learner is told, the test can still be taken', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() =>
    localStorage.setItem('primaweb-simulator/assessments', JSON.stringify({ schema: 1, savedAt: 9, writer: 'x', data: [{ score: 'honderd' }] })),
  );
  await page.reload();
  await expect(page.getByText('De bewaarde gegevens van de simulator waren beschadigd.')).toBeVisible();
  const panel = page.getByRole('complementary', { name: "Scenario's" });
  await expect(panel.getByRole('button', { name: 'Start de toets: Toets: fusies 2025' })).toBeVisible();
  await expect(panel.getByRole('button', { name: /Laatste resultaat bekijken/ })).toHaveCount(0);
});

test('a reload during the test: the exercises done are kept, the one under way starts again', async ({ page }) => {
  const panel = page.getByRole('complementary', { name: "Scenario's" });
  await page.goto('./');
  await panel.getByRole('button', { name: 'Start de toets: Toets: fusies 2025' }).click();
  await panel.getByRole('button', { name: 'Inleveren' }).click();
  await page.getByRole('alertdialog', { name: 'Inleveren' }).getByRole('button', { name: 'Ja, inleveren' }).click();
  await panel.getByRole('button', { name: 'Volgende oefening' }).click();
  // Halfway through the second exercise.
  await page.getByRole('link', { name: 'Toegangsbeheer', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Start de onlinedienst op' })).toBeVisible();

  await page.reload();
  await expect(panel.getByText('Oefening 2 van 4')).toBeVisible();
  await expect(panel.getByText('Uw toets loopt nog (de pagina werd herladen).', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Toegangsbeheer', exact: true })).toBeVisible();
  await expectAccessible(page, 'test resumed');
  for (const n of [2, 3, 4]) {
    await expect(panel.getByText(`Oefening ${n} van 4`)).toBeVisible();
    await panel.getByRole('button', { name: 'Inleveren' }).click();
    await page.getByRole('alertdialog', { name: 'Inleveren' }).getByRole('button', { name: 'Ja, inleveren' }).click();
    if (n < 4) await panel.getByRole('button', { name: 'Volgende oefening' }).click();
  }
  const report = page.getByRole('region', { name: 'Resultaat: Toets: fusies 2025' });
  await expect(report.getByRole('row')).toHaveCount(5);
  // Finished: a reload shows no test under way any more.
  await page.reload();
  await expect(panel.getByRole('button', { name: 'Start de toets: Toets: fusies 2025' })).toBeVisible();
  await expect(panel.getByText('Oefening 1 van 4')).toHaveCount(0);
});

/** Chooses an option of a drop-down with the arrow keys, as a keyboard user does. */
async function chooseWithKeys(page: import('@playwright/test').Page, select: import('@playwright/test').Locator, label: string) {
  await tabTo(page, select);
  for (let i = 0; i < 12; i++) {
    if ((await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.label)) === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`option not reached with the arrow keys: ${label}`);
}

test('keyboard only: the Toegangsbeheer merger exercise of the test, done and scored', async ({ page }) => {
  const panel = page.getByRole('complementary', { name: "Scenario's" });
  await page.goto('./');
  await press(page, panel.getByRole('button', { name: 'Start de toets: Toets: fusies 2025' }));
  await press(page, panel.getByRole('button', { name: 'Inleveren' }));
  await press(page, page.getByRole('alertdialog', { name: 'Inleveren' }).getByRole('button', { name: 'Ja, inleveren' }));
  await expect(panel.getByRole('button', { name: 'Volgende oefening' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByText('Oefening 2 van 4')).toBeVisible();

  await loginWithKeyboard(page, 'Toegangsbeheer', 'Karen De Vos', '1357');
  await chooseWithKeys(page, page.getByLabel('Ondernemingsnummer:'), '1009.000.136 - OCMW MERELBEKE-MELLE');
  await press(page, page.getByRole('link', { name: 'OCMW MERELBEKE-MELLE', exact: true }));
  await press(page, page.getByRole('table', { name: 'Geactiveerd(en)' }).getByRole('link', { name: 'Maatschappelijk Welzijn' }));
  await press(page, page.getByRole('button', { name: 'Van Toegangsbeheerder veranderen' }));
  await typeInto(page, page.getByLabel('INSZ:'), '55.05.05-181.83');
  await page.keyboard.press('Enter');
  await press(page, page.getByRole('button', { name: 'Bevestigen' }));
  await press(page, page.getByRole('navigation', { name: 'Functionaliteiten' }).getByRole('link', { name: 'Gebruikers', exact: true }));
  await press(page, page.getByRole('checkbox', { name: 'Eva Wauters aanvinken' }), 'Space');
  await chooseWithKeys(page, page.getByLabel('Actie voor de aangevinkte gebruikers'), 'Gebruiker(s) verwijderen');
  await press(page, page.getByRole('button', { name: 'Uitvoeren' }));
  await press(page, page.getByRole('alertdialog', { name: 'Gebruiker(s) verwijderen' }).getByRole('button', { name: 'OK' }));
  await expect(panel.getByRole('status')).toContainText('Oefening 2 van 4 afgerond: 2 van 2 doelen bereikt.');
  await expect(panel.getByRole('button', { name: 'Volgende oefening' })).toBeFocused();
  await page.keyboard.press('Enter');
  for (const n of [3, 4]) {
    await press(page, panel.getByRole('button', { name: 'Inleveren' }));
    await press(page, page.getByRole('alertdialog', { name: 'Inleveren' }).getByRole('button', { name: 'Ja, inleveren' }));
    if (n === 3) {
      await expect(panel.getByRole('button', { name: 'Volgende oefening' })).toBeFocused();
      await page.keyboard.press('Enter');
    }
  }
  const report = page.getByRole('region', { name: 'Resultaat: Toets: fusies 2025' });
  await expect(report.getByRole('row', { name: /Fusie: de toegangsbeheerder/ }).getByRole('cell')).toHaveText([/2 van 2 doelen/, '0', '0', '100']);
  await expect(report.getByText('Score: 25/100')).toBeVisible();
});
