/**
 * The first screen as HTML, rendered at build time (scripts/prerender.ts) into index.html, so a
 * slow municipal PC paints the course home from the HTML before the bundle has run (issue 13.4).
 * It is the screen of a learner who has done nothing yet, in Dutch: the app then draws the
 * learner's own over it (their progress, language, trainer mode).
 */
import { render } from 'svelte/server';
import App from '../views/App.svelte';
import { Runtime } from '../app/runtime.svelte';
import { memoryBackend } from '../storage/backend';

export async function renderFirstScreen(): Promise<{ head: string; body: string }> {
  const runtime = await Runtime.open({ backend: memoryBackend() });
  return render(App, { props: { runtime } });
}
