/** Which screen the simulated browser shows for a login snapshot. */
import type { LoginSnapshot } from '../machines/login.controller';
import type { Service } from '../world/portal-catalog';

/**
 * A screen is a state of the login machine, named by its path ("portal.home", "csam.pin",
 * "primaweb"): the type is derived from the machine's own state values, so a state added there is
 * a screen here, and a comparison with a screen that no longer exists fails the type check
 * (svelte-check, in the simulated browser's `{#if}` chain). "boot" is transient (it always moves
 * on), so it is no screen. screen.test.ts walks the machine's states.
 */
type PathOf<V> = V extends string ? V : { [K in keyof V & string]: `${K}.${PathOf<V[K]>}` }[keyof V & string];
export type Screen = Exclude<PathOf<LoginSnapshot['value']>, 'boot'>;

export function screenOf(snapshot: LoginSnapshot): Screen {
  const value = snapshot.value;
  if (typeof value === 'string') return value === 'boot' ? 'portal.home' : value;
  if ('portal' in value) return `portal.${value.portal}`;
  return `csam.${value.csam}`;
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
