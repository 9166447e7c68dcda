/**
 * ChaMan's screens (004, "ChaMan"): the contact details asked at the first visit, the main page
 * ("FTP- / SFTP-kanalen", "Webservices account", "Delegatieverzoeken" with its status filter), the
 * FTP form, the choice of a web service type and the REST form, an FTP/SFTP or REST account's page
 * (consult, change, delete) and a delegation request's page (consult, withdraw while pending).
 * The events are the intents ('ch.*', issue 14); whether a save was accepted is the world's
 * decision, added by the controller as a fact (`ok`, `outcome`), with the world's errors when it
 * refused; the machine keeps them while the form is on screen, for its messages at the fields.
 */
import { and, assign, setup } from 'xstate';
import type { RestPermission } from '../domain/chaman';
import type { addFtpAccount, addRestAccount, FtpForm, RestForm, saveChamanContact } from '../world/chaman';
import type { ChamanContact } from '../world/types';
import type { RefusalOf, Verdict, WithFacts } from './events';

export type DelegationFilter = 'pending' | 'accepted' | 'refused' | 'all';

export type ChNotice =
  | 'contactSaved'
  | 'ftpCreated'
  | 'ftpChanged'
  | 'ftpDeleted'
  | 'delegated'
  | 'withdrawn'
  | 'restCreated'
  | 'restChanged'
  | 'restDeleted'
  | 'soap'
  | 'noType';

/** The two kinds of account with a page of their own: the channels "FTP- / SFTP-kanalen" and "Webservices account". */
export type AccountKind = 'ftp' | 'rest';

/** The world's errors, field by field, of a refused save of each form (a change has the rules of its creation). */
export type ChContactErrors = RefusalOf<typeof saveChamanContact>;
export type ChFtpErrors = RefusalOf<typeof addFtpAccount>;
export type ChRestErrors = RefusalOf<typeof addRestAccount>;
export type ChErrors = ChContactErrors | ChFtpErrors | ChRestErrors;

export interface ChContext {
  hasContact: boolean;
  filter: DelegationFilter;
  accountId: string | null;
  accountKind: AccountKind | null;
  /** The delegation request on screen. */
  delegationId: string | null;
  notice: ChNotice | null;
  /**
   * The last save of the form on screen was refused: the world's errors, shown at the fields.
   * Only the form's own refused save sets them, and every way out of the form clears them.
   */
  errors: ChErrors | null;
}

export interface ChInput {
  hasContact: boolean;
}

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

/** The world's verdict on a save, added by the controller to its intent: a refusal carries its errors. */
export type ChFacts = {
  'ch.saveContact': Verdict<ChContactErrors>;
  'ch.submitFtp': Verdict<ChFtpErrors>;
  'ch.submitRest': { outcome: 'delegated' | 'created' } | { outcome: 'refused'; errors: ChRestErrors };
  'ch.submitEdit': Verdict<ChRestErrors>;
  'ch.submitFtpEdit': Verdict<ChFtpErrors>;
};

export type ChEvent = WithFacts<ChIntent, ChFacts>;

export const chamanMachine = setup({
  types: { context: {} as ChContext, events: {} as ChEvent, input: {} as ChInput },
  guards: {
    hasContact: ({ context }) => context.hasContact,
    ok: ({ event }) => 'ok' in event && event.ok,
    restAccount: ({ context }) => context.accountKind === 'rest',
    ftpAccount: ({ context }) => context.accountKind === 'ftp',
    isRest: ({ event }) => event.type === 'ch.chooseType' && event.wsType === 'REST',
    isSoap: ({ event }) => event.type === 'ch.chooseType' && event.wsType === 'SOAP',
    delegated: ({ event }) => event.type === 'ch.submitRest' && event.outcome === 'delegated',
    created: ({ event }) => event.type === 'ch.submitRest' && event.outcome === 'created',
  },
  actions: {
    contactSaved: assign({ hasContact: true, notice: 'contactSaved' as const, errors: null }),
    notice: assign((_, params: { notice: ChNotice }) => ({ notice: params.notice, errors: null })),
    refused: assign({ errors: ({ event }) => ('errors' in event ? event.errors : null), notice: null }),
    clear: assign({ notice: null, errors: null }),
    filter: assign({ filter: ({ event, context }) => (event.type === 'ch.filter' ? event.filter : context.filter), notice: null }),
    consult: assign(({ event, context }) =>
      event.type === 'ch.consult' ? { accountId: event.id, accountKind: event.kind, notice: null, errors: null } : { accountId: context.accountId },
    ),
    forgetAccount: assign({ accountId: null, accountKind: null }),
    changed: assign({ notice: ({ context }) => (context.accountKind === 'ftp' ? ('ftpChanged' as const) : ('restChanged' as const)), errors: null }),
    deleted: assign({ notice: ({ context }) => (context.accountKind === 'ftp' ? ('ftpDeleted' as const) : ('restDeleted' as const)), errors: null }),
    consultDelegation: assign({
      delegationId: ({ event, context }) => (event.type === 'ch.consultDelegation' ? event.id : context.delegationId),
      notice: null,
      errors: null,
    }),
    forgetDelegation: assign({ delegationId: null }),
  },
}).createMachine({
  id: 'chaman',
  context: ({ input }) => ({ hasContact: input.hasContact, filter: 'pending', accountId: null, accountKind: null, delegationId: null, notice: null, errors: null }),
  initial: 'boot',
  states: {
    // "Contactgegevens aanmaken (Eerste aanmelding als verzender)" before anything else.
    boot: { always: [{ guard: 'hasContact', target: 'main' }, { target: 'contact' }] },
    contact: {
      on: {
        'ch.saveContact': [{ guard: 'ok', target: 'main', actions: 'contactSaved' }, { actions: 'refused' }],
        'ch.cancel': { guard: 'hasContact', target: 'main', actions: 'clear' },
      },
    },
    main: {
      on: {
        'ch.editContact': { target: 'contact', actions: 'clear' },
        'ch.addFtp': { target: 'ftpForm', actions: 'clear' },
        'ch.addWs': { target: 'wsType', actions: 'clear' },
        'ch.filter': { actions: 'filter' },
        'ch.consult': { target: 'account', actions: 'consult' },
        'ch.consultDelegation': { target: 'delegation', actions: 'consultDelegation' },
      },
    },
    ftpForm: {
      on: {
        'ch.submitFtp': [{ guard: 'ok', target: 'main', actions: { type: 'notice', params: { notice: 'ftpCreated' } } }, { actions: 'refused' }],
        'ch.cancel': { target: 'main', actions: 'clear' },
      },
    },
    // The pop-up "Een Webservice account toevoegen" with "Type*".
    wsType: {
      on: {
        'ch.chooseType': [
          { guard: 'isRest', target: 'restForm', actions: 'clear' },
          { guard: 'isSoap', actions: { type: 'notice', params: { notice: 'soap' } } },
          { actions: { type: 'notice', params: { notice: 'noType' } } },
        ],
        'ch.cancel': { target: 'main', actions: 'clear' },
      },
    },
    restForm: {
      on: {
        'ch.submitRest': [
          { guard: 'delegated', target: 'main', actions: { type: 'notice', params: { notice: 'delegated' } } },
          { guard: 'created', target: 'main', actions: { type: 'notice', params: { notice: 'restCreated' } } },
          { actions: 'refused' },
        ],
        'ch.cancel': { target: 'main', actions: 'clear' },
      },
    },
    // An FTP/SFTP or REST account: "raadplegen, wijzigingen aanbrengen en verwijderen".
    account: {
      initial: 'view',
      on: { 'ch.back': { target: 'main', actions: ['clear', 'forgetAccount'] } },
      states: {
        view: {
          on: {
            'ch.edit': { target: 'edit', actions: 'clear' },
            'ch.delete': { target: 'confirmDelete', actions: 'clear' },
          },
        },
        edit: {
          on: {
            // A REST account is changed with its name and permissions, an FTP/SFTP one with its form.
            'ch.submitEdit': [{ guard: and(['restAccount', 'ok']), target: 'view', actions: 'changed' }, { guard: 'restAccount', actions: 'refused' }],
            'ch.submitFtpEdit': [{ guard: and(['ftpAccount', 'ok']), target: 'view', actions: 'changed' }, { guard: 'ftpAccount', actions: 'refused' }],
            'ch.cancel': { target: 'view', actions: 'clear' },
          },
        },
        confirmDelete: {
          on: {
            'ch.confirmDelete': { target: '#chaman.main', actions: ['deleted', 'forgetAccount'] },
            'ch.cancel': { target: 'view', actions: 'clear' },
          },
        },
      },
    },
    // A delegation request: consulted; withdrawn while the vendor has not answered it.
    delegation: {
      initial: 'view',
      on: { 'ch.back': { target: 'main', actions: ['clear', 'forgetDelegation'] } },
      states: {
        view: { on: { 'ch.withdraw': { target: 'confirmWithdraw', actions: 'clear' } } },
        confirmWithdraw: {
          on: {
            'ch.confirmWithdraw': { target: '#chaman.main', actions: [{ type: 'notice', params: { notice: 'withdrawn' } }, 'forgetDelegation'] },
            'ch.cancel': { target: 'view', actions: 'clear' },
          },
        },
      },
    },
  },
});
