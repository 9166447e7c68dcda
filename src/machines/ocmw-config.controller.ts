/**
 * OCMW-configuratie's intents ('oc.*') are its machine's events. A save is planned against the
 * world of the open session's OCMW and gets its outcome as `ok`; a refused one changes nothing.
 * Which page takes which save is the machine's.
 */
import type { SnapshotFrom } from 'xstate';
import { saveContact, saveMutations, saveNotifications, saveProviders, saveReminders, type ConfigResult } from '../world/ocmw-config';
import type { World } from '../world/types';
import { createMachineController, type MachineController, type Planned } from './machine-controller';
import { ocmwConfigMachine, type OcEvent, type OcIntent } from './ocmw-config.machine';
import type { WorldAccess } from './world-access';

export type { OcIntent };

export type OcSnapshot = SnapshotFrom<typeof ocmwConfigMachine>;
export type OcController = MachineController<typeof ocmwConfigMachine, OcIntent>;

export function createOcController(world: WorldAccess): OcController {
  return createMachineController({ machine: ocmwConfigMachine, world, input: undefined as never, plan: planOc });
}

type OcSaveIntent = Extract<OcIntent, { type: `oc.save${string}` }>;

/** The save with the world's verdict: the world after it when accepted. Facts go last. */
function outcome(intent: OcSaveIntent, result: ConfigResult<unknown>): Planned<OcEvent> {
  return result.ok ? { event: { ...intent, ok: true }, world: result.world } : { event: { ...intent, ok: false } };
}

function planOc(intent: OcIntent, _snapshot: OcSnapshot, now: World): Planned<OcEvent> | null {
  const session = now.appSession;
  const kbo = session?.service === 'ocmwConfiguratie' ? session.kbo : undefined;
  switch (intent.type) {
    case 'oc.saveMutations':
      return kbo ? outcome(intent, saveMutations(now, kbo, intent.codes)) : null;
    case 'oc.saveProviders':
      return kbo ? outcome(intent, saveProviders(now, kbo, intent.providers)) : null;
    case 'oc.saveContact':
      return kbo ? outcome(intent, saveContact(now, kbo, intent.contact)) : null;
    case 'oc.saveNotifications':
      return kbo ? outcome(intent, saveNotifications(now, kbo, intent.settings)) : null;
    case 'oc.saveReminders':
      return kbo ? outcome(intent, saveReminders(now, kbo, intent.settings)) : null;
    default:
      return { event: intent };
  }
}
