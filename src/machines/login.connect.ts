/**
 * What the login's screens show (the portal, CSAM, the eID dialogs, the choice of enterprise and
 * role, and the application then opened), from the login machine's snapshot and the world (issue
 * 14: a `connect` per application, after zag's pattern): the screen and its address, the person
 * logging in, the enterprise chosen, the enterprises to choose from, the certificates on the PC and
 * the roles the person has there. Pure: the components draw this and send intents.
 */
import type { AppRole } from '../domain/roles';
import { certificatesOnPc, personById } from '../world/eid';
import { appRolesAt } from '../world/portal-apps';
import { searchBusinessServices, type Service } from '../world/portal-catalog';
import { enterpriseByKbo, entitiesFor } from '../world/primaweb';
import type { Enterprise, Person, World } from '../world/types';
import type { LoginSnapshot } from './login.controller';

/**
 * A screen is a state of the login machine, named by its path ("portal.home", "csam.pin"), and
 * the states under `session` (logged in) by their own name ("enterprise", "primaweb"): the type is
 * derived from the machine's own state values, so a state added there is a screen here, and a
 * comparison with a screen that no longer exists fails the type check (svelte-check, in the
 * simulated browser's `{#if}` chain). "boot" is transient (it always moves on), so it is no screen.
 * login.connect.test.ts walks the machine's states.
 */
type PathOf<V> = V extends string ? V : { [K in keyof V & string]: `${K}.${PathOf<V[K]>}` }[keyof V & string];
type Unsession<P> = P extends `session.${infer S}` ? S : P;
export type Screen = Unsession<Exclude<PathOf<LoginSnapshot['value']>, 'boot'>>;

export function screenOf(snapshot: LoginSnapshot): Screen {
  const value = snapshot.value;
  if (typeof value === 'string') return 'portal.home'; // boot
  if ('portal' in value) return `portal.${value.portal}`;
  if ('csam' in value) return `csam.${value.csam}`;
  return value.session;
}

export function addressOf(screen: Screen, service: Service | null = null): string {
  if (screen === 'portal.csamManagers') return 'https://www.csam.be/nl/beheer-toegangsbeheerders.html';
  if (screen.startsWith('portal.')) return 'https://www.socialsecurity.be';
  if (screen.startsWith('csam.')) return 'https://idp.iamfas.belgium.be';
  // The role choice and "no access" of OCMW-configuratie and ChaMan are theirs, not PrimaWeb's.
  if ((screen === 'roleChoice' || screen === 'noAccess') && service === 'ocmwConfiguratie') return addressOf('ocmwConfig');
  if (screen === 'noAccess' && service === 'chaman') return addressOf('chaman');
  if (screen === 'roleChoice' || screen === 'primaweb' || screen === 'noAccess') return 'https://primaweb.socialsecurity.be';
  if (screen === 'ocmwConfig') return 'https://www.socialsecurity.be/site_nl/civilservant/applics/ocmw-configuratie';
  if (screen === 'chaman') return 'https://www.socialsecurity.be/chaman';
  if (screen === 'toegangsbeheer') return 'https://www.socialsecurity.be/site_nl/general/toegangsbeheer';
  return 'https://www.socialsecurity.be';
}

export interface LoginView {
  screen: Screen;
  /** The simulated browser's address bar. */
  address: string;
  /** The person logging in (once the PIN was right), and the enterprise chosen. */
  person: Person | undefined;
  enterprise: Enterprise | undefined;
  /** "Kies de onderneming": the enterprises the person is active in. */
  entities: Enterprise[];
  /** The certificates the eID middleware finds on the PC, and why the last choice was refused. */
  certificates: Person[];
  certificateProblem: LoginSnapshot['context']['certificateProblem'];
  /** The roles the person has at the enterprise, in the application being opened (PrimaWeb by default). */
  roles: AppRole[];
  service: Service | null;
  /** "Onderneming" → "Go!": what was searched ('' for all services) and the business services found. */
  query: string;
  found: Service[];
}

/** A service's name in the learner's language: the search matches what the learner reads. */
export type ServiceName = (service: Service) => string;

export function connectLogin(snapshot: LoginSnapshot, world: World, nameOf: ServiceName = String): LoginView {
  const ctx = snapshot.context;
  const screen = screenOf(snapshot);
  return {
    screen,
    address: addressOf(screen, ctx.service),
    person: ctx.personId ? personById(world, ctx.personId) : undefined,
    enterprise: ctx.kbo ? enterpriseByKbo(world, ctx.kbo) : undefined,
    entities: ctx.personId ? entitiesFor(world, ctx.personId) : [],
    certificates: certificatesOnPc(world),
    certificateProblem: ctx.certificateProblem,
    roles: ctx.personId && ctx.kbo ? appRolesAt(world, ctx.service ?? 'primaweb', ctx.personId, ctx.kbo) : [],
    service: ctx.service,
    query: ctx.query,
    found: screen === 'portal.businessServices' ? searchBusinessServices(ctx.query, nameOf) : [],
  };
}
