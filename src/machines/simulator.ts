/**
 * The simulated applications' flows together: login, PrimaWeb, PrimaWeb's files, OCMW-configuratie, Toegangsbeheer, ChaMan, and the
 * simulator's own tools (card reader, simulated date), behind one intent hub. Every learner action goes through `perform(intent)`: the hub asks the controller
 * whether the current screen offers it, then the gate (guided scenarios refuse what is not the
 * step's), and only then carries it out. PrimaWeb's screens start afresh at every login.
 *
 * One intent is one step for the hub's listeners: however many flows and world writes it moves,
 * they hear once, after all of it (the runner checks its step on a consistent state). A change of
 * the world made outside an intent (a scenario's start, another tab) is passed on too.
 */
import type { Locale } from '../i18n/locales';
import { createLoginController, loginInput, type LoginController, type LoginIntent } from './login.controller';
import type { PortalPage } from './login.machine';
import { createPrimawebController, primawebInput, type PrimawebController, type PrimawebIntent } from './primaweb.controller';
import { createReaderController, type ReaderController, type ReaderIntent } from './reader.controller';
import { createDossierController, type DossierController, type DossierIntent } from './dossier.controller';
import { createOcController, type OcController, type OcIntent } from './ocmw-config.controller';
import { createTbController, type TbController, type TbIntent } from './toegangsbeheer.controller';
import { chamanInput, createChController, type ChController, type ChIntent } from './chaman.controller';
import type { WorldAccess } from './world-access';

export type Intent = LoginIntent | PrimawebIntent | ReaderIntent | DossierIntent | OcIntent | TbIntent | ChIntent;
export type IntentGate = (intent: Intent) => boolean;

export interface Simulator {
  readonly login: LoginController;
  readonly primaweb: PrimawebController;
  readonly reader: ReaderController;
  readonly dossier: DossierController;
  readonly ocmwConfig: OcController;
  readonly toegangsbeheer: TbController;
  readonly chaman: ChController;
  perform(intent: Intent): boolean;
  /** Whether the screens on show offer this intent (pure: nothing changes; the gate is not asked, it counts what it sees). */
  offers(intent: Intent): boolean;
  setGate(gate: IntentGate | null): void;
  /** Calls back after any flow moved. */
  subscribe(listener: () => void): () => void;
  /** Starts the flows again from the world as it is (after a reset, another tab, a scenario start). */
  restart(page: PortalPage | null): void;
}

/** A flow behind the hub: which intents are its own, when it is on screen, and its controller. */
interface Route {
  prefix: string;
  active(): boolean;
  accepts(intent: Intent): boolean;
  perform(intent: Intent): boolean;
}

export function createSimulator(world: WorldAccess, locale: () => Locale, page: PortalPage | null = null): Simulator {
  const login = createLoginController(world, locale, page);
  const primaweb = createPrimawebController(world);
  const reader = createReaderController(world);
  const dossier = createDossierController(world);
  const ocmwConfig = createOcController(world);
  const toegangsbeheer = createTbController(world);
  const chaman = createChController(world);
  const listeners = new Set<() => void>();
  let stepping = 0;
  let pending = false;
  const notify = () => {
    if (stepping > 0) pending = true;
    else listeners.forEach((l) => l());
  };
  /** Runs `work` as one step: the listeners hear once, after it. */
  const step = <T>(work: () => T): T => {
    stepping++;
    try {
      return work();
    } finally {
      stepping--;
      if (stepping === 0 && pending) {
        pending = false;
        notify();
      }
    }
  };
  world.subscribe(() => notify());
  let gate: IntentGate | null = null;

  // Each application starts on its first screen when the login flow enters it (a login, or a
  // reload with an open session): PrimaWeb's home, "Mutaties", Toegangsbeheer's home, ChaMan's
  // contact details or main page.
  const apps = [
    { state: 'primaweb', start: () => primaweb.restart(primawebInput(world.get())) },
    { state: 'ocmwConfig', start: () => ocmwConfig.restart(undefined as never) },
    { state: 'toegangsbeheer', start: () => toegangsbeheer.restart(undefined as never) },
    { state: 'chaman', start: () => chaman.restart(chamanInput(world.get())) },
  ] as const;
  const inApp = new Map<string, boolean>(apps.map((a) => [a.state, login.getSnapshot().matches({ session: a.state })]));
  login.subscribe((snapshot) => {
    for (const app of apps) {
      const now = snapshot.matches({ session: app.state });
      if (now && !inApp.get(app.state)) app.start();
      inApp.set(app.state, now);
    }
    notify();
  });
  // Opening the files starts the search afresh.
  let inFiles = false;
  primaweb.subscribe((snapshot) => {
    const now = snapshot.matches('files');
    if (now && !inFiles) dossier.restart(undefined as never);
    inFiles = now;
    notify();
  });
  for (const controller of [dossier, ocmwConfig, toegangsbeheer, chaman]) controller.subscribe(notify);

  const on = (state: (typeof apps)[number]['state']) => () => login.getSnapshot().matches({ session: state });
  const route = <I extends Intent>(prefix: string, active: () => boolean, c: { accepts(i: I): boolean; perform(i: I): boolean }): Route => ({
    prefix,
    active,
    accepts: (i) => c.accepts(i as I),
    perform: (i) => c.perform(i as I),
  });
  const routes: Route[] = [
    route('pw.', on('primaweb'), primaweb),
    route('dossier.', () => on('primaweb')() && primaweb.getSnapshot().matches('files'), dossier),
    route('oc.', on('ocmwConfig'), ocmwConfig),
    route('tb.', on('toegangsbeheer'), toegangsbeheer),
    route('ch.', on('chaman'), chaman),
    route('reader.', () => true, reader),
    route('sim.', () => true, reader),
  ];
  // The login flow takes whatever no application claims.
  const routeOf = (intent: Intent): Route => routes.find((r) => intent.type.startsWith(r.prefix)) ?? route('', () => true, login);

  function restart(startPage: PortalPage | null) {
    step(() => {
      for (const app of apps) {
        inApp.set(app.state, false);
        app.start();
      }
      login.restart(loginInput(world.get(), startPage));
    });
  }

  /** Whether the screens on show offer this intent (the route's flow is on screen and its controller accepts it). */
  const offers = (intent: Intent): boolean => {
    const r = routeOf(intent);
    return r.active() && r.accepts(intent);
  };

  return {
    login,
    primaweb,
    reader,
    dossier,
    ocmwConfig,
    toegangsbeheer,
    chaman,
    offers,
    perform(intent) {
      if (!offers(intent)) return false;
      if (gate && !gate(intent)) return false;
      return step(() => {
        const done = routeOf(intent).perform(intent);
        // An application whose data was reset starts again on its first screen, from the data as delivered.
        if (done && intent.type === 'sim.resetApp') restart(null);
        return done;
      });
    },
    setGate(next) {
      gate = next;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    restart,
  };
}
