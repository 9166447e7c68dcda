import { mount } from 'svelte';
import './views/global.css';
import App from './views/App.svelte';
import { Runtime } from './app/runtime.svelte';

const target = document.getElementById('app')!;

Runtime.open()
  .then((runtime) => {
    runtime.syncAddress();
    mount(App, { target, props: { runtime } });
    // The scenarios and tests load once the first screen is up: fetching and running them earlier
    // delays it (measured with npm run bench, on a slowed-down CPU too).
    setTimeout(() => runtime.loadScenarios());
    // Offline use and the new-version notice (issue 13.3): a chunk of its own, after the first
    // screen; should it fail to load, the page just works online as before.
    import('./app/service-worker').then((sw) => sw.startServiceWorker((notice) => runtime.notify(notice)), () => undefined);
  })
  .catch((error: unknown) => {
    // Last resort: the runtime itself handles storage faults, so this is a bug; say so plainly.
    console.error(error);
    target.textContent = 'De simulator kon niet starten. Herlaad de pagina. / Le simulateur n\'a pas pu démarrer. Rechargez la page.';
  });
