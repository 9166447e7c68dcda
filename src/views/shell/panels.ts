/** The contents of the bar's tool panels (card reader, date, vendor): loaded when a panel is first opened, not with the first screen. */
export { default as CardReader } from './CardReader.svelte';
export { default as SimulatedDate } from './SimulatedDate.svelte';
export { default as VendorDesk } from './VendorDesk.svelte';
