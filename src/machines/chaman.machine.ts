/**
 * ChaMan's screens (004, "ChaMan"): the contact details asked at the first visit, the main page
 * ("FTP- / SFTP-kanalen", "Webservices account", "Delegatieverzoeken" with its status filter), the
 * FTP form, the choice of a web service type and the REST form, an FTP/SFTP or REST account's page
 * (consult, change, delete) and a delegation request's page (consult, withdraw while pending).
 * Whether a save was accepted is the world's decision, carried by the events.
 */
import { assign, setup } from 'xstate';

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

export interface ChContext {
  hasContact: boolean;
  filter: DelegationFilter;
  accountId: string | null;
  accountKind: AccountKind | null;
  /** The delegation request on screen. */
  delegationId: string | null;
  notice: ChNotice | null;
  /** The last save was refused: the screen shows the messages at the fields. */
  refused: boolean;
}

export interface ChInput {
  hasContact: boolean;
}

export type ChEvent =
  | { type: 'SAVE_CONTACT'; ok: boolean }
  | { type: 'EDIT_CONTACT' }
  | { type: 'ADD_FTP' }
  | { type: 'SUBMIT_FTP'; ok: boolean }
  | { type: 'ADD_WS' }
  | { type: 'CHOOSE_TYPE'; wsType: 'REST' | 'SOAP' | '' }
  | { type: 'SUBMIT_REST'; outcome: 'delegated' | 'created' | 'refused' }
  | { type: 'FILTER'; filter: DelegationFilter }
  | { type: 'CONSULT'; kind: AccountKind; id: string }
  | { type: 'CONSULT_DELEGATION'; id: string }
  | { type: 'WITHDRAW' }
  | { type: 'CONFIRM_WITHDRAW' }
  | { type: 'EDIT' }
  | { type: 'SUBMIT_EDIT'; ok: boolean }
  | { type: 'DELETE' }
  | { type: 'CONFIRM_DELETE' }
  | { type: 'BACK' }
  | { type: 'CANCEL' };

export const chamanMachine = setup({
  types: { context: {} as ChContext, events: {} as ChEvent, input: {} as ChInput },
  guards: {
    hasContact: ({ context }) => context.hasContact,
    ok: ({ event }) => 'ok' in event && event.ok,
    isRest: ({ event }) => event.type === 'CHOOSE_TYPE' && event.wsType === 'REST',
    isSoap: ({ event }) => event.type === 'CHOOSE_TYPE' && event.wsType === 'SOAP',
    delegated: ({ event }) => event.type === 'SUBMIT_REST' && event.outcome === 'delegated',
    created: ({ event }) => event.type === 'SUBMIT_REST' && event.outcome === 'created',
  },
  actions: {
    contactSaved: assign({ hasContact: true, notice: 'contactSaved' as const, refused: false }),
    notice: assign((_, params: { notice: ChNotice }) => ({ notice: params.notice, refused: false })),
    refused: assign({ refused: true, notice: null }),
    clear: assign({ notice: null, refused: false }),
    filter: assign({ filter: ({ event, context }) => (event.type === 'FILTER' ? event.filter : context.filter), notice: null }),
    consult: assign(({ event, context }) =>
      event.type === 'CONSULT' ? { accountId: event.id, accountKind: event.kind, notice: null, refused: false } : { accountId: context.accountId },
    ),
    forgetAccount: assign({ accountId: null, accountKind: null }),
    changed: assign({ notice: ({ context }) => (context.accountKind === 'ftp' ? ('ftpChanged' as const) : ('restChanged' as const)), refused: false }),
    deleted: assign({ notice: ({ context }) => (context.accountKind === 'ftp' ? ('ftpDeleted' as const) : ('restDeleted' as const)), refused: false }),
    consultDelegation: assign({
      delegationId: ({ event, context }) => (event.type === 'CONSULT_DELEGATION' ? event.id : context.delegationId),
      notice: null,
      refused: false,
    }),
    forgetDelegation: assign({ delegationId: null }),
  },
}).createMachine({
  id: 'chaman',
  context: ({ input }) => ({ hasContact: input.hasContact, filter: 'pending', accountId: null, accountKind: null, delegationId: null, notice: null, refused: false }),
  initial: 'boot',
  states: {
    // "Contactgegevens aanmaken (Eerste aanmelding als verzender)" before anything else.
    boot: { always: [{ guard: 'hasContact', target: 'main' }, { target: 'contact' }] },
    contact: {
      on: {
        SAVE_CONTACT: [{ guard: 'ok', target: 'main', actions: 'contactSaved' }, { actions: 'refused' }],
        CANCEL: { guard: 'hasContact', target: 'main', actions: 'clear' },
      },
    },
    main: {
      on: {
        EDIT_CONTACT: { target: 'contact', actions: 'clear' },
        ADD_FTP: { target: 'ftpForm', actions: 'clear' },
        ADD_WS: { target: 'wsType', actions: 'clear' },
        FILTER: { actions: 'filter' },
        CONSULT: { target: 'account', actions: 'consult' },
        CONSULT_DELEGATION: { target: 'delegation', actions: 'consultDelegation' },
      },
    },
    ftpForm: {
      on: {
        SUBMIT_FTP: [{ guard: 'ok', target: 'main', actions: { type: 'notice', params: { notice: 'ftpCreated' } } }, { actions: 'refused' }],
        CANCEL: { target: 'main', actions: 'clear' },
      },
    },
    // The pop-up "Een Webservice account toevoegen" with "Type*".
    wsType: {
      on: {
        CHOOSE_TYPE: [
          { guard: 'isRest', target: 'restForm', actions: 'clear' },
          { guard: 'isSoap', actions: { type: 'notice', params: { notice: 'soap' } } },
          { actions: { type: 'notice', params: { notice: 'noType' } } },
        ],
        CANCEL: { target: 'main', actions: 'clear' },
      },
    },
    restForm: {
      on: {
        SUBMIT_REST: [
          { guard: 'delegated', target: 'main', actions: { type: 'notice', params: { notice: 'delegated' } } },
          { guard: 'created', target: 'main', actions: { type: 'notice', params: { notice: 'restCreated' } } },
          { actions: 'refused' },
        ],
        CANCEL: { target: 'main', actions: 'clear' },
      },
    },
    // An FTP/SFTP or REST account: "raadplegen, wijzigingen aanbrengen en verwijderen".
    account: {
      initial: 'view',
      on: { BACK: { target: 'main', actions: ['clear', 'forgetAccount'] } },
      states: {
        view: {
          on: {
            EDIT: { target: 'edit', actions: 'clear' },
            DELETE: { target: 'confirmDelete', actions: 'clear' },
          },
        },
        edit: {
          on: {
            SUBMIT_EDIT: [{ guard: 'ok', target: 'view', actions: 'changed' }, { actions: 'refused' }],
            CANCEL: { target: 'view', actions: 'clear' },
          },
        },
        confirmDelete: {
          on: {
            CONFIRM_DELETE: { target: '#chaman.main', actions: ['deleted', 'forgetAccount'] },
            CANCEL: { target: 'view', actions: 'clear' },
          },
        },
      },
    },
    // A delegation request: consulted; withdrawn while the vendor has not answered it.
    delegation: {
      initial: 'view',
      on: { BACK: { target: 'main', actions: ['clear', 'forgetDelegation'] } },
      states: {
        view: { on: { WITHDRAW: { target: 'confirmWithdraw', actions: 'clear' } } },
        confirmWithdraw: {
          on: {
            CONFIRM_WITHDRAW: { target: '#chaman.main', actions: [{ type: 'notice', params: { notice: 'withdrawn' } }, 'forgetDelegation'] },
            CANCEL: { target: 'view', actions: 'clear' },
          },
        },
      },
    },
  },
});
