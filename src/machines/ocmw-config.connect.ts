/**
 * What OCMW-configuratie's screens show and offer, from the machine's snapshot and the world
 * (issue 14: a `connect` per application): the page on show, whether the "leave without saving?"
 * question is open and where the learner was going, the outcome of the last "Bewaren", the world's
 * errors of the page's refused saves at their fields, the OCMW's configuration as saved. Pure: the views draw it and send intents. (The frame's name and OCMW
 * come from the login, as the role choice before the session shows them too.)
 */
import { ocmwConfigOf } from '../world/ocmw-config';
import type { OcmwConfig, World } from '../world/types';
import type { OcSnapshot } from './ocmw-config.controller';
import { OC_PAGES, OC_SAVES, type OcPage, type OcSave, type OcSaveErrors } from './ocmw-config.machine';

/** The errors of each save of the page on screen, field by field: empty unless the world refused its last one. */
export type OcPageErrors = { [S in OcSave]: Partial<OcSaveErrors[S]> };

const SAVES: readonly OcSave[] = Object.values(OC_SAVES).flat();

export interface OcView {
  page: OcPage;
  /** "Anders worden uw gegevens niet opgeslagen": the question before unsaved changes are left. */
  leaving: boolean;
  /** The learner was logging out when the question came: discarding logs out too. */
  leavingToLogout: boolean;
  saved: 'ok' | 'refused' | null;
  /** The messages at the fields after a refused "Bewaren": the world's errors, by save ("OCMW Online" has two forms). */
  errors: OcPageErrors;
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
    // The machine keeps the errors of the page on screen only (leaving a page clears them).
    errors: Object.fromEntries(SAVES.map((s) => [s, snapshot.context.errors?.[s] ?? {}])) as OcPageErrors,
    kbo,
    config: ocmwConfigOf(world, kbo),
  };
}
