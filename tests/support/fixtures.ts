import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test fails if the page requests anything but its own static files.
 * `atPortal` (on unless a spec turns it off): the site's bare address opens the course home
 * (issue 12.1); the specs written for the simulated applications start where they always did, at
 * the portal's own address ('#/', what "Vrij verkennen" opens), so './' keeps meaning the portal
 * for them. tests/course.spec.ts turns it off.
 */
export const test = base.extend<{ foreignRequests: string[]; atPortal: boolean }>({
  atPortal: [true, { option: true }],
  context: async ({ context, atPortal }, use) => {
    if (atPortal) {
      await context.addInitScript(() => {
        if (location.hash === '') history.replaceState(null, '', `${location.pathname}${location.search}#/`);
      });
    }
    await use(context);
  },
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(baseURL!) && !url.startsWith('data:')) foreign.push(url);
      });
      await use(foreign);
      expect(foreign, 'requests outside the simulator').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * axe with the WCAG 2.1 A and AA rules; zero violations allowed. The rule of 2.5.3 Label in Name
 * (label-content-name-mismatch) runs under wcag21a since axe-core 4.14 (package.json pins that
 * version for @axe-core/playwright); the check below fails if an older axe-core skips it again.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const ran = [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((r) => r.id);
  expect(ran, 'axe runs the rule of WCAG 2.5.3 Label in Name').toContain('label-content-name-mismatch');
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe on ${label}`).toEqual([]);
}
