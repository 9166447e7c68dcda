/**
 * Vitest setup: the scenarios' words in every language, as the simulator has them once the
 * scenarios are loaded (runtime.loadScenarios), so unit tests read narrations, goals and reports
 * as the learner does.
 */
import { loadMessagesIn } from './i18n.svelte';
import { LOCALES } from './locales';

await loadMessagesIn('scenarios', LOCALES);
// The course's titles (the core) in every language, as a test's report keeps them.
await loadMessagesIn('core', LOCALES);
// PrimaWeb's words, as the simulator has them once its screens are open (machines and reports quote them).
await loadMessagesIn('primaweb', LOCALES);
