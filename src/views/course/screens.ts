/** The course's other screens ("Mijn resultaten", the certificate): one chunk, loaded when first opened. */
export { default as Results } from './Results.svelte';
export { default as Certificate } from './Certificate.svelte';
