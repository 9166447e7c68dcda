/** Which screen the simulated browser shows for a login snapshot. */
import type { LoginSnapshot } from '../machines/login.controller';
import type { Service } from '../world/portal-catalog';

export type Screen =
  | 'portal.home'
  | 'portal.professionals'
  | 'portal.services'
  | 'portal.service'
  | 'portal.business'
  | 'portal.businessServices'
  | 'portal.chamanPage'
  | 'portal.loginAudience'
  | 'portal.csamManagers'
  | 'csam.keys'
  | 'csam.eidConfirm'
  | 'csam.noCard'
  | 'csam.certificate'
  | 'csam.pin'
  | 'csam.blocked'
  | 'enterprise'
  | 'noEntity'
  | 'confirmed'
  | 'roleChoice'
  | 'noAccess'
  | 'primaweb'
  | 'toegangsbeheer'
  | 'ocmwConfig'
  | 'chaman';

export function screenOf(snapshot: LoginSnapshot): Screen {
  const value = snapshot.value;
  if (typeof value === 'string') return value === 'boot' ? 'portal.home' : (value as Screen);
  const [parent, child] = Object.entries(value)[0] as [string, string];
  return `${parent}.${child}` as Screen;
}

/** The simulated browser's address bar text for a screen, in the application being opened (`service`). */
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
