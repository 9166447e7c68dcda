import { withMessages } from '../../i18n/i18n.svelte';

/** The trainer's tools and their messages load together, when trainer mode is on (not on the learner's first screen). */
export const loadTrainer = withMessages('trainer', () => import('./trainer'));
