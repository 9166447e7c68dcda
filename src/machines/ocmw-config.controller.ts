/**
 * OCMW-configuratie's intents ('oc.*'): menu, edits, the leave warning and the saves. A save is
 * planned against the world of the open session's OCMW; a refused one changes nothing.
 */
import type { SnapshotFrom } from 'xstate';
import type { ContactDetails, TechnicalProviders } from '../domain/ocmw-config';
import type { NotificationSettings, ReminderSettings } from '../domain/ocmw-online';
import { saveContact, saveMutations, saveNotifications, saveProviders, saveReminders, type ConfigResult } from '../world/ocmw-config';
import type { World } from '../world/types';
import { createMachineController, type MachineController, type Planned } from './machine-controller';
import { ocmwConfigMachine, type OcDestination, type OcEvent, type OcPage } from './ocmw-config.machine';
import type { WorldAccess } from './world-access';

export type OcIntent =
  | { type: 'oc.open'; to: OcDestination }
  | { type: 'oc.edit' }
  | { type: 'oc.discard' }
  | { type: 'oc.stay' }
  | { type: 'oc.saveMutations'; codes: string[] }
  | { type: 'oc.saveProviders'; providers: TechnicalProviders }
  | { type: 'oc.saveContact'; contact: ContactDetails }
  | { type: 'oc.saveNotifications'; settings: NotificationSettings }
  | { type: 'oc.saveReminders'; settings: ReminderSettings };

export type OcSnapshot = SnapshotFrom<typeof ocmwConfigMachine>;
export type OcController = MachineController<typeof ocmwConfigMachine, OcIntent>;

export function createOcController(world: WorldAccess): OcController {
  return createMachineController({ machine: ocmwConfigMachine, world, input: undefined as never, plan: planOc });
}

/** The page whose "Bewaren" an intent is. */
const SAVE_PAGE: Record<string, OcPage> = {
  'oc.saveMutations': 'mutaties',
  'oc.saveProviders': 'providers',
  'oc.saveContact': 'contact',
  'oc.saveNotifications': 'online',
  'oc.saveReminders': 'online',
};

function outcome(result: ConfigResult<unknown>): Planned<OcEvent> {
  return result.ok ? { event: { type: 'SAVED' }, world: result.world } : { event: { type: 'SAVE_REFUSED' } };
}

function planOc(intent: OcIntent, snapshot: OcSnapshot, now: World): Planned<OcEvent> | null {
  switch (intent.type) {
    case 'oc.open':
      return { event: { type: 'OPEN', to: intent.to } };
    case 'oc.edit':
      return { event: { type: 'EDIT' } };
    case 'oc.discard':
      return { event: { type: 'DISCARD' } };
    case 'oc.stay':
      return { event: { type: 'STAY' } };
  }
  const session = now.appSession;
  if (!session || session.service !== 'ocmwConfiguratie' || !session.kbo) return null;
  if (!snapshot.matches(SAVE_PAGE[intent.type] as OcPage) || snapshot.matches({ [SAVE_PAGE[intent.type] as OcPage]: 'leaving' })) return null;
  const kbo = session.kbo;
  switch (intent.type) {
    case 'oc.saveMutations':
      return outcome(saveMutations(now, kbo, intent.codes));
    case 'oc.saveProviders':
      return outcome(saveProviders(now, kbo, intent.providers));
    case 'oc.saveContact':
      return outcome(saveContact(now, kbo, intent.contact));
    case 'oc.saveNotifications':
      return outcome(saveNotifications(now, kbo, intent.settings));
    case 'oc.saveReminders':
      return outcome(saveReminders(now, kbo, intent.settings));
  }
}
