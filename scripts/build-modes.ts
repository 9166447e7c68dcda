// What each build carries, by Vite's command and mode: the web site ('build', 'production'), the
// LMS packages ('lms') and the single file ('single'), both made by scripts/package.mjs; the dev
// server and Vitest ('serve'). vite.config.ts turns these into plugins and `define` flags
// (src/build-flags.d.ts).

/** The single file and the LMS packages need no worker, nor do the dev server and Vitest. */
export function wantsServiceWorker(command: 'build' | 'serve', mode: string): boolean {
  return command === 'build' && mode !== 'lms' && mode !== 'single';
}

/**
 * The LMS link (finding a SCORM API or a cmi5 launch, reporting, suspend_data) is needed where an
 * LMS can launch the simulator: the LMS packages (mode 'lms'), and the dev server and Vitest, which
 * test it. The web site can never be linked: an LMS's SCORM API lives in a window of the LMS's
 * origin, out of the site's reach, and the site's CSP names no LRS; the single file runs from
 * file://. Those two builds leave the whole link out (11.5 kB gz of the web site, issue 13.4).
 */
export function wantsLmsLink(command: 'build' | 'serve', mode: string): boolean {
  return command === 'serve' || mode === 'lms';
}
