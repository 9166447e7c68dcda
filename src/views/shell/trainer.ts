/** The trainer's tools that only trainer mode (or the presentation layout) shows: a chunk of their own, with their messages (namespace "trainer"). */
export { default as TrainerButtons } from './TrainerButtons.svelte';
export { default as TrainerDataPanel } from './TrainerDataPanel.svelte';
export { default as StepLink } from './StepLink.svelte';
export { default as PresentationCaption } from './PresentationCaption.svelte';
