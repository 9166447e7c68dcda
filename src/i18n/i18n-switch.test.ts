import { expect, it, vi } from 'vitest';
import { i18n, loadLocale, loadMessages, t } from './i18n.svelte';

it('a namespace asked for while the language switches is loaded in the new language too', async () => {
  // The tests list asks for its messages in Dutch while the learner's switch to French is under way.
  const switching = loadLocale('fr');
  const asked = loadMessages('assessment');
  await Promise.all([switching, asked]);
  i18n.locale = 'fr';
  await vi.waitFor(() => expect(t('assess.start')).toBe('Commencer le test'));
  i18n.locale = 'nl';
  expect(t('assess.start')).toBe('Start de toets');
});
