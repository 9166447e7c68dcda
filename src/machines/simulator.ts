/**
 * The simulated applications' flows together: login, PrimaWeb, PrimaWeb's files, OCMW-configuratie, Toegangsbeheer, and the
 * simulator's own tools (card reader, simulated date), behind one intent hub. Every learner action goes through `perform(intent)`: the hub asks the controller
 * whether the current screen offers it, then the gate (guided scenarios refuse what is not the
 * step's), and only then carries it out. PrimaWeb's screens start afresh at every login.
 */
import type { Locale } from '../i18n/locales';
import { createLoginController, loginInput, type LoginController, type LoginIntent } from './login.controller';
import type { PortalPage } from './login.machine';
import { createPrimawebController, primawebInput, type PrimawebController, type PrimawebIntent } from './primaweb.controller';
import { createReaderController, type ReaderController, type ReaderIntent } from './reader.controller';
import { createDossierController, type DossierController, type DossierIntent } from './dossier.controller';
import { createOcController, type OcController, type OcIntent } from './ocmw-config.controller';
import { createTbController, type TbController, type TbIntent } from './toegangsbeheer.controller';
import type { WorldAccess } from './world-access';

export type Intent = LoginIntent | PrimawebIntent | ReaderIntent | DossierIntent | OcIntent | TbIntent;
export type IntentGate = (intent: Intent) => boolean;

export interface Simulator {
  readonly login: LoginController;
  readonly primaweb: PrimawebController;
  readonly reader: ReaderController;
  readonly dossier: DossierController;
  readonly ocmwConfig: OcController;
  readonly toegangsbeheer: TbController;
  perform(intent: Intent): boolean;
  setGate(gate: IntentGate | null): void;
  /** Calls back after any flow moved. */
  subscribe(listener: () => void): () => void;
  /** Starts the flows again from the world as it is (after a reset, another tab, a scenario start). */
  restart(page: PortalPage | null): void;
}

const isPrimaweb = (intent: Intent): intent is PrimawebIntent => intent.type.startsWith('pw.');
const isReader = (intent: Intent): intent is ReaderIntent => intent.type.startsWith('reader.') || intent.type.startsWith('sim.');
const isDossier = (intent: Intent): intent is DossierIntent => intent.type.startsWith('dossier.');
const isOc = (intent: Intent): intent is OcIntent => intent.type.startsWith('oc.');
const isTb = (intent: Intent): intent is TbIntent => intent.type.startsWith('tb.');

export function createSimulator(world: WorldAccess, locale: () => Locale, page: PortalPage | null = null): Simulator {
  const login = createLoginController(world, locale, page);
  const primaweb = createPrimawebController(world);
  const reader = createReaderController(world);
  const dossier = createDossierController(world);
  const ocmwConfig = createOcController(world);
  const toegangsbeheer = createTbController(world);
  const listeners = new Set<() => void>();
  let gate: IntentGate | null = null;

  // Entering PrimaWeb (a login, or a reload with an open session) opens its home page.
  // Entering OCMW-configuratie opens its first page, "Mutaties".
  let inPrimaweb = login.getSnapshot().matches('primaweb');
  let inOc = login.getSnapshot().matches('ocmwConfig');
  let inTb = login.getSnapshot().matches('toegangsbeheer');
  login.subscribe((snapshot) => {
    const now = snapshot.matches('primaweb');
    if (now && !inPrimaweb) primaweb.restart(primawebInput(world.get()));
    inPrimaweb = now;
    const nowOc = snapshot.matches('ocmwConfig');
    if (nowOc && !inOc) ocmwConfig.restart(undefined as never);
    inOc = nowOc;
    const nowTb = snapshot.matches('toegangsbeheer');
    if (nowTb && !inTb) toegangsbeheer.restart(undefined as never);
    inTb = nowTb;
    listeners.forEach((l) => l());
  });
  // Opening the files starts the search afresh.
  let inFiles = false;
  primaweb.subscribe((snapshot) => {
    const now = snapshot.matches('files');
    if (now && !inFiles) dossier.restart(undefined as never);
    inFiles = now;
    listeners.forEach((l) => l());
  });
  dossier.subscribe(() => listeners.forEach((l) => l()));
  ocmwConfig.subscribe(() => listeners.forEach((l) => l()));
  toegangsbeheer.subscribe(() => listeners.forEach((l) => l()));

  return {
    login,
    primaweb,
    reader,
    dossier,
    ocmwConfig,
    toegangsbeheer,
    perform(intent) {
      const inPrimawebNow = login.getSnapshot().matches('primaweb');
      const accepted = isOc(intent)
        ? login.getSnapshot().matches('ocmwConfig') && ocmwConfig.accepts(intent)
        : isTb(intent)
          ? login.getSnapshot().matches('toegangsbeheer') && toegangsbeheer.accepts(intent)
        : isPrimaweb(intent)
        ? inPrimawebNow && primaweb.accepts(intent)
        : isDossier(intent)
          ? inPrimawebNow && primaweb.getSnapshot().matches('files') && dossier.accepts(intent)
          : isReader(intent)
            ? reader.accepts(intent)
            : login.accepts(intent);
      if (!accepted) return false;
      if (gate && !gate(intent)) return false;
      if (isPrimaweb(intent)) return primaweb.perform(intent);
      if (isDossier(intent)) return dossier.perform(intent);
      if (isOc(intent)) return ocmwConfig.perform(intent);
      if (isTb(intent)) return toegangsbeheer.perform(intent);
      return isReader(intent) ? reader.perform(intent) : login.perform(intent);
    },
    setGate(next) {
      gate = next;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    restart(startPage) {
      inPrimaweb = false;
      inOc = false;
      inTb = false;
      primaweb.restart(primawebInput(world.get()));
      ocmwConfig.restart(undefined as never);
      toegangsbeheer.restart(undefined as never);
      login.restart(loginInput(world.get(), startPage));
    },
  };
}
