/** The course home and its screens (issue 12.1, 12.3), with role- and label-based locators only. */
import { expect, type Page } from '@playwright/test';

export const courseHeading = (page: Page) => page.getByRole('heading', { name: 'Cursus PrimaWeb', level: 1 });
export const moduleCard = (page: Page, title: string) => page.getByRole('article', { name: title });
export const scenarioPanel = (page: Page) => page.getByRole('complementary', { name: "Scenario's" });

/** The site's bare address: the course home, once its scenarios are loaded. */
export async function openCourse(page: Page): Promise<void> {
  await page.goto('./');
  await expect(courseHeading(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Beginnen: Aanmelden' })).toBeVisible();
}

/** A passing report of "Toets: fusies 2025" (every goal met, nothing wrong: 100), as the test engine stores it. */
export function passingMergerReport(finishedAt = '2026-12-01T21:40:10.360Z') {
  const exercise = (scenarioId: string, nl: string, fr: string) => ({
    scenarioId,
    title: { nl, fr },
    goals: [{ id: 'goal', label: { nl: 'Doel bereikt.', fr: 'But atteint.' }, met: true }],
    wrongActions: 0,
    hintsUsed: 0,
    handedIn: false,
    simulatedDate: '2025-01-06',
  });
  return {
    assessmentId: 'toets-fusies-2025',
    title: { nl: 'Toets: fusies 2025', fr: 'Test : fusions 2025' },
    startedAt: '2026-12-01T21:30:00.000Z',
    finishedAt,
    results: [
      exercise('fusie-integraties', 'Fusie: integraties overzetten (scenario 1)', 'Fusion : transférer les intégrations (scénario 1)'),
      exercise('fusie-toegangsbeheer', 'Fusie: de toegangsbeheerder van het nieuwe OCMW aanstellen', "Fusion : désigner le gestionnaire d'accès du nouveau CPAS"),
      exercise('fusie-chaman', 'Fusie: FTP- en REST-account voor het nieuwe KBO-nummer', 'Fusion : comptes FTP et REST pour le nouveau numéro BCE'),
      exercise('fusie-ocmw-configuratie', 'Fusie: OCMW-configuratie voor het nieuwe KBO-nummer', 'Fusion : Configuration CPAS pour le nouveau numéro BCE'),
    ],
  };
}

/** Puts records in the browser's storage as the simulator keeps them (envelope), then reloads. */
export async function seed(page: Page, records: Record<string, unknown>): Promise<void> {
  await page.evaluate((entries) => {
    for (const [key, data] of Object.entries(entries)) {
      localStorage.setItem(`primaweb-simulator/${key}`, JSON.stringify({ schema: 1, savedAt: Date.now(), writer: 'playwright', data }));
    }
  }, records);
  await page.reload();
  await expect(courseHeading(page)).toBeVisible();
}
