/**
 * ChaMan's intents ('ch.*'), planned against the open session's OCMW. An intent is the machine's
 * event; saves are decided by the world (chaman.ts), whose verdict is added to it as a fact (`ok`,
 * `outcome`), a refusal with the world's errors. A refused save changes nothing and leaves the form
 * with its messages at the fields.
 */
import type { SnapshotFrom } from 'xstate';
import {
  addFtpAccount,
  addRestAccount,
  deleteFtpAccount,
  deleteRestAccount,
  mayManageChannels,
  saveChamanContact,
  senderOf,
  updateFtpAccount,
  updateRestAccount,
  withdrawDelegation,
} from '../world/chaman';
import type { World } from '../world/types';
import { chamanMachine, type ChEvent, type ChInput, type ChIntent } from './chaman.machine';
import { verdict } from './events';
import { createMachineController, type MachineController, type Planned } from './machine-controller';
import type { WorldAccess } from './world-access';

export type { ChIntent };

export type ChSnapshot = SnapshotFrom<typeof chamanMachine>;
export type ChController = MachineController<typeof chamanMachine, ChIntent>;

/** ChaMan opens on the contact details until they exist for the OCMW. */
export function chamanInput(world: World): ChInput {
  const s = world.appSession;
  return { hasContact: !!(s && s.service === 'chaman' && s.kbo && senderOf(world, s.kbo).contact) };
}

export function createChController(world: WorldAccess): ChController {
  return createMachineController({ machine: chamanMachine, world, input: chamanInput(world.get()), plan: planCh });
}

function planCh(intent: ChIntent, snapshot: ChSnapshot, now: World): Planned<ChEvent> | null {
  const s = now.appSession;
  if (!s || s.service !== 'chaman' || !s.kbo || !mayManageChannels(now, s.personId, s.kbo)) return null;
  const kbo = s.kbo;
  switch (intent.type) {
    case 'ch.saveContact':
      return verdict(intent, saveChamanContact(now, kbo, intent.contact));
    case 'ch.submitFtp':
      return verdict(intent, addFtpAccount(now, kbo, intent.form));
    case 'ch.submitRest': {
      const r = addRestAccount(now, kbo, intent.form);
      if (!r.ok) return { event: { ...intent, outcome: 'refused', errors: r.errors } };
      return { event: { ...intent, outcome: intent.form.management === 'extern' ? 'delegated' : 'created' }, world: r.world };
    }
    case 'ch.consult': {
      const accounts: readonly { id: string }[] = intent.kind === 'ftp' ? senderOf(now, kbo).ftp : senderOf(now, kbo).rest;
      return accounts.some((a) => a.id === intent.id) ? { event: intent } : null;
    }
    case 'ch.submitEdit': {
      const id = snapshot.context.accountId;
      return id ? verdict(intent, updateRestAccount(now, kbo, id, { name: intent.name, permissions: intent.permissions })) : null;
    }
    case 'ch.submitFtpEdit': {
      const id = snapshot.context.accountId;
      return id ? verdict(intent, updateFtpAccount(now, kbo, id, intent.form)) : null;
    }
    case 'ch.confirmDelete': {
      const id = snapshot.context.accountId;
      const remove = snapshot.context.accountKind === 'ftp' ? deleteFtpAccount : deleteRestAccount;
      const result = id ? remove(now, kbo, id) : null;
      return result?.ok ? { event: intent, world: result.world } : null;
    }
    case 'ch.consultDelegation':
      return senderOf(now, kbo).delegations.some((d) => d.id === intent.id) ? { event: intent } : null;
    // Only a request the vendor has not answered yet can be withdrawn.
    case 'ch.withdraw': {
      const id = snapshot.context.delegationId;
      return senderOf(now, kbo).delegations.some((d) => d.id === id && d.status === 'pending') ? { event: intent } : null;
    }
    case 'ch.confirmWithdraw': {
      const id = snapshot.context.delegationId;
      const result = id ? withdrawDelegation(now, kbo, id) : null;
      return result?.ok ? { event: intent, world: result.world } : null;
    }
    // The other intents need nothing from the world: the machine takes them as they are.
    default:
      return { event: intent };
  }
}
