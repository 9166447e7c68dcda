/**
 * The simulator itself (the simulated browser with the portal and the login screens, the scenario
 * panel): one chunk, loaded when the learner goes to "Vrij verkennen" or starts a scenario or test.
 * The course home is the first screen and does not need it.
 */
import '../simulator.css';
export { default as BrowserWindow } from '../shell/BrowserWindow.svelte';
export { default as ScenarioPanel } from '../shell/ScenarioPanel.svelte';
