/**
 * The web build's service worker (issue 13.3): once opened, the simulator works offline, lazy
 * parts included (dist/sw.js, from src/sw/sw.ts, precaches every file). A new
 * version is announced in a notice and only taken when the learner clicks "Herladen": a scenario
 * under way is never interrupted.
 *
 * A chunk of its own, loaded after the first screen (src/main.ts). It speaks the browser's API
 * directly rather than through workbox-window (or the plugin's virtual module, which wraps it):
 * the lifecycle needed here is a few lines, and workbox-window decides whether an update is "its
 * own" by timing and stops watching after the first one found by another tab.
 */
import type { Notice } from './notices';

export type Notify = (notice: Omit<Notice, 'id'>) => void;

/** The parts of the service worker API used here, so the tests can hand in fakes. */
export interface WorkerLike extends EventTarget {
  readonly state: string;
  postMessage(message: unknown): void;
}
export interface RegistrationLike extends EventTarget {
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
}
export interface ContainerLike extends EventTarget {
  readonly controller: unknown;
}
export interface PageHooks {
  /** Shows that a new version is ready; `reload` moves this page to it. */
  announce(reload: () => void): void;
  reload(): void;
}

/** The message the worker (src/sw/sw.ts) answers with skipWaiting(). */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

export function serviceWorkerWanted(protocol: string, supported: boolean): boolean {
  // From file:// (a copy of the site on a USB stick) no worker can be registered.
  return supported && (protocol === 'http:' || protocol === 'https:');
}

export async function startServiceWorker(notify: Notify): Promise<void> {
  // The single file, the LMS packages, the dev server: no sw.js (and the rest of this is dropped from their build).
  if (!__SERVICE_WORKER__) return;
  if (!serviceWorkerWanted(location.protocol, 'serviceWorker' in navigator)) return;
  // Precaching fetches the whole site: let the page load what it needs first.
  if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  let registration: ServiceWorkerRegistration;
  try {
    // Relative to the page, so the worker and its scope are the sub-folder the site is served from.
    registration = await navigator.serviceWorker.register('./sw.js', { scope: './' });
  } catch {
    // Refused (storage blocked, a host without sw.js): the simulator works online as before.
    return;
  }
  offerUpdates(navigator.serviceWorker, registration, {
    announce: (reload) => notify({ key: 'notice.update', tone: 'info', action: { label: 'notice.update.reload', run: reload } }),
    reload: () => location.reload(),
  });
}

/**
 * Announces every new version that has installed and waits, and moves to it only when asked.
 * The first install is not announced: there is no older version, nothing to reload.
 */
export function offerUpdates(container: ContainerLike, registration: RegistrationLike, page: PageHooks): void {
  let asked = false;
  const reload = () => {
    const waiting = registration.waiting;
    if (waiting) {
      asked = true;
      waiting.postMessage(SKIP_WAITING);
    } else {
      // Already active (the learner asked for it in another tab): this page only has to load it.
      page.reload();
    }
  };
  const announceIfUpdate = (worker: WorkerLike | null) => {
    if (worker?.state === 'installed' && container.controller) page.announce(reload);
  };
  const watch = (worker: WorkerLike | null) => worker?.addEventListener('statechange', () => announceIfUpdate(worker));
  // Another tab's activation switches this page's worker too, but the page runs on until its
  // learner chooses: only a move asked for here reloads it.
  container.addEventListener('controllerchange', () => {
    if (asked) page.reload();
  });
  // A version found before this page opened may be waiting already (a second tab, a reopened one).
  announceIfUpdate(registration.waiting);
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
}
