import { mount } from 'svelte';
import './views/global.css';
import App from './views/App.svelte';
import { Runtime } from './app/runtime.svelte';

const target = document.getElementById('app')!;

Runtime.open()
  .then((runtime) => {
    // The first screen pre-rendered into index.html (scripts/prerender.ts) gives way to the app's own.
    target.replaceChildren();
    mount(App, { target, props: { runtime } });
    // The simulated applications, then the scenarios and tests, load once the first screen is up:
    // fetching and running them earlier delays it (measured with npm run bench, on a slowed-down CPU too).
    setTimeout(() => {
      runtime
        .attach()
        .then(async () => {
          runtime.syncAddress();
          // An LMS that launched the simulator: its copy of the learner is taken up first.
          await runtime.linkLms(window);
          void runtime.loadScenarios();
        })
        .catch((error: unknown) => {
          console.error(error);
          runtime.notify({ key: 'sim.loadFailed', tone: 'warning' });
        });
    });
    // Offline use and the new-version notice (issue 13.3): a chunk of its own, after the first
    // screen; should it fail to load, the page just works online as before.
    import('./app/service-worker').then((sw) => sw.startServiceWorker((notice) => runtime.notify(notice)), () => undefined);
  })
  .catch((error: unknown) => {
    // Last resort: the runtime itself handles storage faults, so this is a bug; say so plainly.
    console.error(error);
    target.textContent = 'De simulator kon niet starten. Herlaad de pagina. / Le simulateur n\'a pas pu démarrer. Rechargez la page.';
  });
