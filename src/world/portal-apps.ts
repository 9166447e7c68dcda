/**
 * The login side of the portal's other applications (OCMW-configuratie, ChaMan, Toegangsbeheer):
 * who may open them for which enterprise, and their sessions. PrimaWeb has its own (primaweb.ts).
 */
import type { AppRole } from '../domain/roles';
import { mayUseChaman, mayUseOcmwConfiguratie } from '../domain/toegangsbeheer';
import type { Service } from './portal-catalog';
import { primawebRolesAt } from './primaweb';
import { accountOf } from './toegangsbeheer';
import type { AppSession, World } from './types';

/** The roles the person may choose for this service and enterprise (PrimaWeb at "Applicatie opstarten", the others with the enterprise). */
export function appRolesAt(world: World, service: Service, personId: string, kbo: string): AppRole[] {
  if (service === 'primaweb') return primawebRolesAt(world, personId, kbo);
  const account = accountOf(world, personId, kbo);
  if (!account || account.status !== 'actief') return [];
  if (service === 'ocmwConfiguratie') return mayUseOcmwConfiguratie(account.type, account.applications) ? ['ocmwConfiguratie'] : [];
  if (service === 'chaman') return mayUseChaman(account.type, account.applications) ? ['chaman'] : [];
  return [];
}

export type AppService = AppSession['service'];

/** Opens an application; Toegangsbeheer has no enterprise yet (chosen on its home page). */
export function openAppSession(world: World, service: AppService, personId: string, kbo: string | null): World {
  return { ...world, session: null, appSession: { service, personId, kbo } };
}
