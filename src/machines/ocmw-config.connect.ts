/**
 * What OCMW-configuratie's screens show and offer, from the machine's snapshot and the world
 * (issue 14: a `connect` per application): the page on show, whether the "leave without saving?"
 * question is open and where the learner was going, the outcome of the last "Bewaren", the OCMW's
 * configuration as saved. Pure: the views draw it and send intents. (The frame's name and OCMW
 * come from the login, as the role choice before the session shows them too.)
 */
import { ocmwConfigOf } from '../world/ocmw-config';
import type { OcmwConfig, World } from '../world/types';
import type { OcSnapshot } from './ocmw-config.controller';
import { OC_PAGES, type OcPage } from './ocmw-config.machine';

export interface OcView {
  page: OcPage;
  /** "Anders worden uw gegevens niet opgeslagen": the question before unsaved changes are left. */
  leaving: boolean;
  /** The learner was logging out when the question came: discarding logs out too. */
  leavingToLogout: boolean;
  saved: 'ok' | 'refused' | null;
  kbo: string;
  config: OcmwConfig;
}

export function connectOcmwConfig(snapshot: OcSnapshot, world: World): OcView {
  const page = OC_PAGES.find((p) => snapshot.matches(p)) ?? 'mutaties';
  const session = world.appSession?.service === 'ocmwConfiguratie' ? world.appSession : null;
  const kbo = session?.kbo ?? '';
  const leaving = snapshot.matches({ [page]: 'leaving' } as never);
  return {
    page,
    leaving,
    leavingToLogout: leaving && snapshot.context.pending === 'logout',
    saved: snapshot.context.saved,
    kbo,
    config: ocmwConfigOf(world, kbo),
  };
}
