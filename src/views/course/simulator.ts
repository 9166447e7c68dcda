/**
 * The simulator itself (the simulated browser with the portal and the login screens, the scenario
 * panel): one chunk, loaded when the learner goes to "Vrij verkennen" or starts a scenario or test.
 * The course home is the first screen and does not need it.
 */
// The stylesheets of the applications the browser window opens come with it: one file to fetch
// instead of one per application, and no application is ever drawn without the simulator.
import '../simulator.css';
import '../toegangsbeheer/toegangsbeheer.css';
import '../chaman/chaman.css';
import '../ocmw-config/ocmw-config.css';
export { default as BrowserWindow } from '../shell/BrowserWindow.svelte';
export { default as ScenarioPanel } from '../shell/ScenarioPanel.svelte';
