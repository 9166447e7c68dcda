/** The contents of the bar's date and vendor panels: loaded just after the first screen, not with it. */
export { default as SimulatedDate } from './SimulatedDate.svelte';
export { default as VendorDesk } from './VendorDesk.svelte';
