/**
 * The trainer resets ONE application's data to the world as delivered, and keeps everything else:
 * the people and their cards, the simulated date, the sessions, and the other applications' data.
 * Each application's records are taken from `initialWorld()`, so a reset gives the same data on
 * every copy of the site.
 *
 * What belongs to which application (so that nothing dangles):
 * - PrimaWeb: its users, profiles and their assignments, and the files it holds (clients,
 *   requests, integrations, sent forms): these refer only to one another.
 * - Toegangsbeheer: the accounts (and their roles) and the (co-)Hoofdtoegangsbeheerders of each
 *   enterprise. PrimaWeb profiles are not touched: a profile refers to a person and an enterprise,
 *   not to an account; whoever lost their account simply cannot log in any more, as in reality.
 * - ChaMan: the senders with their contact details, FTP and REST accounts and delegation requests.
 * - OCMW-configuratie: what each OCMW told the POD MI.
 * An open session stays open: functions are fixed at login (001), as in the real applications.
 */
import { initialWorld } from './seed';
import type { World } from './types';

export const RESETTABLE_APPS = ['primaweb', 'toegangsbeheer', 'chaman', 'ocmwConfig'] as const;
export type ResettableApp = (typeof RESETTABLE_APPS)[number];

export const isResettableApp = (value: unknown): value is ResettableApp => (RESETTABLE_APPS as readonly unknown[]).includes(value);

export function resetApplication(world: World, app: ResettableApp, delivered: World = initialWorld()): World {
  switch (app) {
    case 'primaweb':
      return {
        ...world,
        primawebUsers: delivered.primawebUsers,
        profiles: delivered.profiles,
        assignments: delivered.assignments,
        clients: delivered.clients,
        requests: delivered.requests,
        integrations: delivered.integrations,
        forms: delivered.forms,
      };
    case 'toegangsbeheer': {
      const kbos = new Set(world.enterprises.map((e) => e.kbo));
      const managers = new Map(delivered.enterprises.map((e) => [e.kbo, e.accessManagers]));
      return {
        ...world,
        // Only enterprises this world knows (it always knows the delivered ones).
        tbUsers: delivered.tbUsers.filter((u) => kbos.has(u.kbo)),
        enterprises: world.enterprises.map((e) => ({ ...e, accessManagers: [...(managers.get(e.kbo) ?? e.accessManagers)] })),
      };
    }
    case 'chaman':
      return { ...world, chaman: delivered.chaman };
    case 'ocmwConfig':
      return { ...world, ocmwConfigs: delivered.ocmwConfigs };
  }
}
