/** Set per build by vite.config.ts `define` (scripts/build-modes.ts says which builds). */
/** The web build registers its service worker. */
declare const __SERVICE_WORKER__: boolean;
/** The LMS packages (and the dev server, Vitest) look for an LMS and report to it. */
declare const __LMS_LINK__: boolean;
