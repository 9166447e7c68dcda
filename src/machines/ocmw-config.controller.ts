/**
 * OCMW-configuratie's intents ('oc.*') are its machine's events. A save is planned against the
 * world of the open session's OCMW and gets its outcome as `ok`, a refusal with the world's errors
 * (shown at the fields); a refused one changes nothing.
 * Which page takes which save is the machine's.
 */
import type { SnapshotFrom } from 'xstate';
import { saveContact, saveMutations, saveNotifications, saveProviders, saveReminders } from '../world/ocmw-config';
import type { World } from '../world/types';
import { verdict } from './events';
import { createMachineController, type MachineController, type Planned } from './machine-controller';
import { ocmwConfigMachine, type OcEvent, type OcIntent } from './ocmw-config.machine';
import type { WorldAccess } from './world-access';

export type { OcIntent };

export type OcSnapshot = SnapshotFrom<typeof ocmwConfigMachine>;
export type OcController = MachineController<typeof ocmwConfigMachine, OcIntent>;

export function createOcController(world: WorldAccess): OcController {
  return createMachineController({ machine: ocmwConfigMachine, world, input: undefined as never, plan: planOc });
}

function planOc(intent: OcIntent, _snapshot: OcSnapshot, now: World): Planned<OcEvent> | null {
  const session = now.appSession;
  const kbo = session?.service === 'ocmwConfiguratie' ? session.kbo : undefined;
  switch (intent.type) {
    case 'oc.saveMutations':
      return kbo ? verdict(intent, saveMutations(now, kbo, intent.codes)) : null;
    case 'oc.saveProviders':
      return kbo ? verdict(intent, saveProviders(now, kbo, intent.providers)) : null;
    case 'oc.saveContact':
      return kbo ? verdict(intent, saveContact(now, kbo, intent.contact)) : null;
    case 'oc.saveNotifications':
      return kbo ? verdict(intent, saveNotifications(now, kbo, intent.settings)) : null;
    case 'oc.saveReminders':
      return kbo ? verdict(intent, saveReminders(now, kbo, intent.settings)) : null;
    default:
      return { event: intent };
  }
}
