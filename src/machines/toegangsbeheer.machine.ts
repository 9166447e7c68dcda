/**
 * Toegangsbeheer's screens (004, "Toegangsbeheerder aanstellen", "Gebruikers toevoegen" /
 * "Gebruikers verwijderen"): the home page with the enterprise drop-down and the links per role; for
 * the (co-)HTB, the enterprise's name leads to "Lijst van de hoedanigheden", the capacity and its
 * "Van Toegangsbeheerder veranderen"; the capacity's welcome page with its
 * "Functionaliteiten", and "Gebruikers": the search criteria and the paginated list, the bulk
 * actions on ticked users ("Uitvoeren"), and the additions by INSZ (a user, a co-TB, a new TB)
 * through the form, the overview and "Bevestigen". Its events are the learner's intents ('tb.*');
 * what the world decides (is the INSZ valid, may this person do it, was it done) the controller
 * adds to them as facts (TbFacts).
 */
import { assign, setup } from 'xstate';
import type { InszError } from '../domain/insz';
import type { TbApplication, TbFormError, TbUserForm } from '../domain/toegangsbeheer';
import type { TbError, UserCriteria } from '../world/toegangsbeheer';
import type { WithFacts } from './events';

export type Manager = 'vte' | 'lb';
export type AddKind = 'USER' | 'CoLB' | 'LB';
export type BulkAction = 'remove' | 'block' | 'unblock' | 'addApps' | 'removeApps';
/** Where an addition began: "Gebruikers", or the capacity's page ("Van Toegangsbeheerder veranderen"). */
export type AddOrigin = 'users' | 'capacity';

/** The search criteria of "Gebruikers" (empty: any). */
export type UserFilters = UserCriteria;

export const NO_FILTERS: UserFilters = { lastName: '', firstName: '', username: '', type: '', insz: '', status: '', application: '' };

/** The capacity's page opens on its Toegangsbeheerder ("Pagina 1 Eén item gevonden.", type LB, 004 l.308–311). */
export const CAPACITY_FILTERS: UserFilters = { ...NO_FILTERS, type: 'LB' };

export type TbNotice =
  | { kind: 'done'; action: BulkAction; count: number }
  | { kind: 'added'; as: AddKind; username: string }
  /** at 'insz': the refusal belongs to the INSZ field at the bottom of "Gebruikers" (004 l.447). */
  | { kind: 'refused'; error: TbError | InszError; at?: 'insz' };

export interface TbContext {
  kbo: string | null;
  as: Manager | null;
  filters: UserFilters;
  page: number;
  selected: string[];
  action: BulkAction | null;
  adding: AddKind | null;
  /** Where "Annuleren" and "Bevestigen" lead back to. */
  origin: AddOrigin;
  /** The INSZ of the person being added, as typed before "Volgende". */
  insz: string;
  /** The form as last submitted; null when the person has an account already (a TB appointed from the users). */
  form: TbUserForm | null;
  formErrors: TbFormError[];
  notice: TbNotice | null;
}

export type TbIntent =
  | { type: 'tb.selectEnterprise'; kbo: string | null }
  | { type: 'tb.openRole'; kbo: string; as: Manager }
  /** "Klik op de benaming van de onderneming" (the (co-)HTB's link). */
  | { type: 'tb.openEnterprise'; kbo: string }
  /** "Klik op de hoedanigheid waarvoor u de Toegangsbeheerders wil aanstellen": Maatschappelijk Welzijn. */
  | { type: 'tb.openCapacity' }
  /** "Klik onderaan op "Van Toegangsbeheerder veranderen"". */
  | { type: 'tb.appointTb' }
  | { type: 'tb.home' }
  | { type: 'tb.users' }
  | { type: 'tb.search'; filters: UserFilters }
  | { type: 'tb.page'; page: number }
  | { type: 'tb.toggle'; insz: string }
  | { type: 'tb.run'; action: BulkAction }
  | { type: 'tb.confirmBulk'; apps: TbApplication[] }
  | { type: 'tb.chooseAdd'; kind: AddKind }
  | { type: 'tb.next'; insz: string }
  /**
   * The INSZ field and "Volgende" at the bottom of "Gebruikers": "Rechts onderaan kan u een gebruiker
   * toevoegen door het INSZ in te vullen en op "Volgende" te klikken" (004 l.447, l.657).
   */
  | { type: 'tb.addByInsz'; insz: string }
  | { type: 'tb.submit'; form: TbUserForm }
  | { type: 'tb.confirmAdd' }
  | { type: 'tb.previous' }
  | { type: 'tb.cancel' };

/** What the world decides, added by the controller to the intents that need it. */
export interface TbFacts {
  'tb.run': { outcome: 'done' | 'ask' | TbError; count: number };
  'tb.confirmBulk': { outcome: 'done' | TbError; count: number };
  /** `digits`: the INSZ without its dots and dash, when it is valid. */
  'tb.next': { digits?: string; verdict: 'form' | 'overview' | InszError | 'exists' | 'notAllowed' };
  'tb.addByInsz': { digits?: string; verdict: 'form' | InszError | 'exists' };
  'tb.submit': { errors: TbFormError[] };
  /** "Bevestigen": done, refused, or the form no longer holds (another manager took the username meanwhile). */
  'tb.confirmAdd': { outcome: 'done' | TbError | 'form'; username: string; errors?: TbFormError[] };
}

export type TbEvent = WithFacts<TbIntent, TbFacts>;

const EMPTY: TbContext = {
  kbo: null,
  as: null,
  filters: NO_FILTERS,
  page: 1,
  selected: [],
  action: null,
  adding: null,
  origin: 'users',
  insz: '',
  form: null,
  formErrors: [],
  notice: null,
};

// "Annuleren": back to where the addition began.
const back = [
  { guard: 'fromCapacity', target: '#tb.capacity', actions: 'leaveAdding' },
  { target: '#tb.users.list', actions: 'leaveAdding' },
] as const;

export const toegangsbeheerMachine = setup({
  types: { context: {} as TbContext, events: {} as TbEvent },
  guards: {
    runDone: ({ event }) => event.type === 'tb.run' && event.outcome === 'done',
    askRemove: ({ event }) => event.type === 'tb.run' && event.outcome === 'ask' && event.action === 'remove',
    askApps: ({ event }) => event.type === 'tb.run' && event.outcome === 'ask' && (event.action === 'addApps' || event.action === 'removeApps'),
    bulkDone: ({ event }) => event.type === 'tb.confirmBulk' && event.outcome === 'done',
    toForm: ({ event }) => event.type === 'tb.next' && event.verdict === 'form',
    toOverview: ({ event }) => event.type === 'tb.next' && event.verdict === 'overview',
    byInszToForm: ({ event }) => event.type === 'tb.addByInsz' && event.verdict === 'form',
    formOk: ({ event }) => event.type === 'tb.submit' && event.errors.length === 0,
    addDone: ({ event }) => event.type === 'tb.confirmAdd' && event.outcome === 'done',
    formOutdated: ({ event }) => event.type === 'tb.confirmAdd' && event.outcome === 'form',
    cameFromForm: ({ context }) => context.form !== null,
    fromCapacity: ({ context }) => context.origin === 'capacity',
    addDoneFromCapacity: ({ context, event }) => context.origin === 'capacity' && event.type === 'tb.confirmAdd' && event.outcome === 'done',
  },
  actions: {
    selectEnterprise: assign({ kbo: ({ event, context }) => (event.type === 'tb.selectEnterprise' ? event.kbo : context.kbo) }),
    openRole: assign(({ event }) => (event.type === 'tb.openRole' ? { ...EMPTY, kbo: event.kbo, as: event.as } : {})),
    openEnterprise: assign(({ event }) => (event.type === 'tb.openEnterprise' ? { ...EMPTY, kbo: event.kbo, as: 'vte' as const } : {})),
    clearNotice: assign({ notice: null }),
    openCapacity: assign({ filters: CAPACITY_FILTERS, page: 1, selected: [], notice: null, action: null }),
    capacityList: assign({ filters: CAPACITY_FILTERS }),
    appointTb: assign({ adding: 'LB' as const, origin: 'capacity' as const, insz: '', notice: null, form: null, formErrors: [] }),
    resetList: assign({ filters: NO_FILTERS, page: 1, selected: [], notice: null, action: null }),
    search: assign(({ event }) => (event.type === 'tb.search' ? { filters: { ...event.filters }, page: 1, selected: [], notice: null } : {})),
    goPage: assign({ page: ({ event, context }) => (event.type === 'tb.page' ? Math.max(1, Math.floor(event.page)) : context.page), notice: null }),
    toggle: assign({
      selected: ({ event, context }) =>
        event.type !== 'tb.toggle' ? context.selected : context.selected.includes(event.insz) ? context.selected.filter((i) => i !== event.insz) : [...context.selected, event.insz],
      notice: null,
    }),
    rememberAction: assign({ action: ({ event }) => (event.type === 'tb.run' ? event.action : null), notice: null }),
    bulkDone: assign(({ context, event }) => {
      const action = event.type === 'tb.run' ? event.action : context.action;
      const count = event.type === 'tb.run' || event.type === 'tb.confirmBulk' ? event.count : 0;
      return { selected: [], action: null, notice: action ? { kind: 'done' as const, action, count } : null };
    }),
    bulkRefused: assign(({ event }) => ({
      action: null,
      notice:
        (event.type === 'tb.run' || event.type === 'tb.confirmBulk') && event.outcome !== 'done' && event.outcome !== 'ask'
          ? { kind: 'refused' as const, error: event.outcome }
          : null,
    })),
    forgetAction: assign({ action: null }),
    chooseAdd: assign({ adding: ({ event }) => (event.type === 'tb.chooseAdd' ? event.kind : null), origin: 'users' as const, insz: '', notice: null, form: null, formErrors: [] }),
    chooseAddFromCapacity: assign({ adding: ({ event }) => (event.type === 'tb.chooseAdd' ? event.kind : null), origin: 'capacity' as const, insz: '', notice: null, form: null, formErrors: [] }),
    addByInsz: assign(({ event }) =>
      event.type === 'tb.addByInsz' ? { adding: 'USER' as const, origin: 'users' as const, insz: event.digits ?? event.insz, notice: null, form: null, formErrors: [] } : {},
    ),
    refuseByInsz: assign(({ event }) =>
      event.type === 'tb.addByInsz' && event.verdict !== 'form' ? { notice: { kind: 'refused' as const, error: event.verdict, at: 'insz' as const } } : {},
    ),
    acceptInsz: assign({ insz: ({ event, context }) => (event.type === 'tb.next' ? (event.digits ?? event.insz) : context.insz), notice: null }),
    refuseInsz: assign(({ event }) =>
      event.type === 'tb.next' && event.verdict !== 'form' && event.verdict !== 'overview'
        ? { insz: event.insz, notice: { kind: 'refused' as const, error: event.verdict } }
        : {},
    ),
    // The form is for the INSZ typed before "Volgende".
    submitForm: assign(({ context, event }) => (event.type === 'tb.submit' ? { form: { ...event.form, insz: context.insz }, formErrors: event.errors } : {})),
    added: assign(({ context, event }) => ({
      ...EMPTY,
      kbo: context.kbo,
      as: context.as,
      notice: event.type === 'tb.confirmAdd' && context.adding ? { kind: 'added' as const, as: context.adding, username: event.username } : null,
    })),
    addRefused: assign(({ event }) => ({
      notice: event.type === 'tb.confirmAdd' && event.outcome !== 'done' && event.outcome !== 'form' ? { kind: 'refused' as const, error: event.outcome } : null,
    })),
    // Back to the form with what no longer holds, as after "Opslaan".
    formOutdated: assign(({ event }) => (event.type === 'tb.confirmAdd' ? { formErrors: event.errors ?? [], notice: null } : {})),
    leaveAdding: assign({ adding: null, origin: 'users' as const, insz: '', form: null, formErrors: [] }),
    clearAll: assign(() => ({ ...EMPTY })),
  },
}).createMachine({
  id: 'tb',
  context: { ...EMPTY },
  initial: 'home',
  on: {
    // "U kunt op elk moment terugkeren naar deze pagina door te klikken op de link Home".
    'tb.home': { target: '.home', actions: 'clearAll' },
  },
  states: {
    // "Kies de onderneming of de organisatie waarvoor u wenst te werken in deze toepassing."
    home: {
      on: {
        'tb.selectEnterprise': { actions: 'selectEnterprise' },
        'tb.openRole': { target: 'welcome', actions: 'openRole' },
        'tb.openEnterprise': { target: 'capacities', actions: 'openEnterprise' },
      },
    },
    // "Lijst van de hoedanigheden : Geactiveerd(en)", with "Naam" and "Identificatie".
    capacities: {
      on: {
        'tb.openCapacity': { target: 'capacity', actions: 'openCapacity' },
        'tb.users': { target: 'users', actions: 'resetList' },
      },
    },
    // "Gebruikers Subafdeling" (004 l.296–316): criteria, the list (opening on its Toegangsbeheerder),
    // the links and, below, "Van Toegangsbeheerder veranderen".
    capacity: {
      on: {
        'tb.search': { actions: 'search' },
        'tb.page': { actions: 'goPage' },
        'tb.toggle': { actions: 'toggle' },
        'tb.chooseAdd': { target: 'users.addInsz', actions: 'chooseAddFromCapacity' },
        'tb.appointTb': { target: 'users.addInsz', actions: 'appointTb' },
        'tb.users': { target: 'users', actions: 'resetList' },
      },
    },
    // "Welkom ... als Lokale Beheerder voor de volgende hoedanigheid", with the "Functionaliteiten".
    welcome: {
      on: { 'tb.users': { target: 'users', actions: 'resetList' } },
    },
    users: {
      initial: 'list',
      on: { 'tb.users': { target: '.list', actions: ['resetList', 'leaveAdding'] } },
      states: {
        list: {
          on: {
            'tb.search': { actions: 'search' },
            'tb.page': { actions: 'goPage' },
            'tb.toggle': { actions: 'toggle' },
            'tb.run': [
              { guard: 'runDone', actions: 'bulkDone' },
              { guard: 'askRemove', target: 'confirmRemove', actions: 'rememberAction' },
              { guard: 'askApps', target: 'chooseApps', actions: 'rememberAction' },
              { actions: 'bulkRefused' },
            ],
            'tb.chooseAdd': { target: 'addInsz', actions: 'chooseAdd' },
            'tb.addByInsz': [{ guard: 'byInszToForm', target: 'form', actions: 'addByInsz' }, { actions: 'refuseByInsz' }],
          },
        },
        confirmRemove: {
          on: {
            'tb.confirmBulk': [{ guard: 'bulkDone', target: 'list', actions: 'bulkDone' }, { target: 'list', actions: 'bulkRefused' }],
            'tb.cancel': { target: 'list', actions: 'forgetAction' },
          },
        },
        // Which applications to add to or remove from the ticked users.
        chooseApps: {
          on: {
            'tb.confirmBulk': [{ guard: 'bulkDone', target: 'list', actions: 'bulkDone' }, { target: 'list', actions: 'bulkRefused' }],
            'tb.cancel': { target: 'list', actions: 'forgetAction' },
          },
        },
        // "INSZ:" and "Volgende".
        addInsz: {
          on: {
            'tb.next': [
              { guard: 'toForm', target: 'form', actions: 'acceptInsz' },
              { guard: 'toOverview', target: 'overview', actions: 'acceptInsz' },
              { actions: 'refuseInsz' },
            ],
            'tb.cancel': back,
          },
        },
        // "Een gebruiker aanmaken": "Opslaan" or "Annuleren".
        form: {
          on: {
            'tb.submit': [{ guard: 'formOk', target: 'overview', actions: 'submitForm' }, { actions: 'submitForm' }],
            'tb.cancel': back,
          },
        },
        // The overview of what was typed: "Vorige" or "Bevestigen".
        overview: {
          on: {
            'tb.confirmAdd': [
              { guard: 'addDoneFromCapacity', target: '#tb.capacity', actions: ['added', 'capacityList'] },
              { guard: 'addDone', target: 'list', actions: 'added' },
              { guard: 'formOutdated', target: 'form', actions: 'formOutdated' },
              { actions: 'addRefused' },
            ],
            'tb.previous': [{ guard: 'cameFromForm', target: 'form' }, { target: 'addInsz' }],
          },
        },
      },
    },
  },
});
