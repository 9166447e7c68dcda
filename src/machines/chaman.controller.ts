/**
 * ChaMan's intents ('ch.*'), planned against the open session's OCMW. Saves are decided by the
 * world (chaman.ts); a refused one changes nothing and leaves the form with its messages.
 */
import type { SnapshotFrom } from 'xstate';
import type { RestPermission } from '../domain/chaman';
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
  type FtpForm,
  type RestForm,
} from '../world/chaman';
import type { ChamanContact, World } from '../world/types';
import { chamanMachine, type AccountKind, type ChEvent, type ChInput, type DelegationFilter } from './chaman.machine';
import { createMachineController, type MachineController, type Planned } from './machine-controller';
import type { WorldAccess } from './world-access';

export type ChIntent =
  | { type: 'ch.saveContact'; contact: ChamanContact }
  | { type: 'ch.editContact' }
  | { type: 'ch.addFtp' }
  | { type: 'ch.submitFtp'; form: FtpForm }
  | { type: 'ch.addWs' }
  | { type: 'ch.chooseType'; wsType: 'REST' | 'SOAP' | '' }
  | { type: 'ch.submitRest'; form: RestForm }
  | { type: 'ch.filter'; filter: DelegationFilter }
  | { type: 'ch.consult'; kind: AccountKind; id: string }
  | { type: 'ch.edit' }
  | { type: 'ch.submitEdit'; name: string; permissions: RestPermission[] }
  | { type: 'ch.submitFtpEdit'; form: FtpForm }
  | { type: 'ch.delete' }
  | { type: 'ch.confirmDelete' }
  | { type: 'ch.consultDelegation'; id: string }
  | { type: 'ch.withdraw' }
  | { type: 'ch.confirmWithdraw' }
  | { type: 'ch.back' }
  | { type: 'ch.cancel' };

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
    case 'ch.saveContact': {
      const r = saveChamanContact(now, kbo, intent.contact);
      return { event: { type: 'SAVE_CONTACT', ok: r.ok }, world: r.ok ? r.world : undefined };
    }
    case 'ch.submitFtp': {
      const r = addFtpAccount(now, kbo, intent.form);
      return { event: { type: 'SUBMIT_FTP', ok: r.ok }, world: r.ok ? r.world : undefined };
    }
    case 'ch.submitRest': {
      const r = addRestAccount(now, kbo, intent.form);
      if (!r.ok) return { event: { type: 'SUBMIT_REST', outcome: 'refused' } };
      return { event: { type: 'SUBMIT_REST', outcome: intent.form.management === 'extern' ? 'delegated' : 'created' }, world: r.world };
    }
    case 'ch.consult': {
      const accounts: readonly { id: string }[] = intent.kind === 'ftp' ? senderOf(now, kbo).ftp : senderOf(now, kbo).rest;
      return accounts.some((a) => a.id === intent.id) ? { event: { type: 'CONSULT', kind: intent.kind, id: intent.id } } : null;
    }
    case 'ch.submitEdit': {
      const id = snapshot.context.accountId;
      if (!id || snapshot.context.accountKind !== 'rest') return null;
      const r = updateRestAccount(now, kbo, id, { name: intent.name, permissions: intent.permissions });
      return { event: { type: 'SUBMIT_EDIT', ok: r.ok }, world: r.ok ? r.world : undefined };
    }
    case 'ch.submitFtpEdit': {
      const id = snapshot.context.accountId;
      if (!id || snapshot.context.accountKind !== 'ftp') return null;
      const r = updateFtpAccount(now, kbo, id, intent.form);
      return { event: { type: 'SUBMIT_EDIT', ok: r.ok }, world: r.ok ? r.world : undefined };
    }
    case 'ch.confirmDelete': {
      const id = snapshot.context.accountId;
      const remove = snapshot.context.accountKind === 'ftp' ? deleteFtpAccount : deleteRestAccount;
      const next = id ? remove(now, kbo, id) : null;
      return next ? { event: { type: 'CONFIRM_DELETE' }, world: next } : null;
    }
    case 'ch.consultDelegation':
      return senderOf(now, kbo).delegations.some((d) => d.id === intent.id) ? { event: { type: 'CONSULT_DELEGATION', id: intent.id } } : null;
    // Only a request the vendor has not answered yet can be withdrawn.
    case 'ch.withdraw': {
      const id = snapshot.context.delegationId;
      return senderOf(now, kbo).delegations.some((d) => d.id === id && d.status === 'pending') ? { event: { type: 'WITHDRAW' } } : null;
    }
    case 'ch.confirmWithdraw': {
      const id = snapshot.context.delegationId;
      const next = id ? withdrawDelegation(now, kbo, id) : null;
      return next ? { event: { type: 'CONFIRM_WITHDRAW' }, world: next } : null;
    }
    case 'ch.editContact':
      return { event: { type: 'EDIT_CONTACT' } };
    case 'ch.addFtp':
      return { event: { type: 'ADD_FTP' } };
    case 'ch.addWs':
      return { event: { type: 'ADD_WS' } };
    case 'ch.chooseType':
      return { event: { type: 'CHOOSE_TYPE', wsType: intent.wsType } };
    case 'ch.filter':
      return { event: { type: 'FILTER', filter: intent.filter } };
    case 'ch.edit':
      return { event: { type: 'EDIT' } };
    case 'ch.delete':
      return { event: { type: 'DELETE' } };
    case 'ch.back':
      return { event: { type: 'BACK' } };
    case 'ch.cancel':
      return { event: { type: 'CANCEL' } };
  }
}
