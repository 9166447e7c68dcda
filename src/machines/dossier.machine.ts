/**
 * PrimaWeb's files (manual 003): "Opzoeken van een dossier", then the file's "Huidige aanvraag"
 * with the left menu: "Gezinssamenstelling" and "Integraties – Desintegraties" (integrate,
 * disintegrate, consult the repertory).
 *
 * The forms' fields live in the context as typed (dates as "dd/mm/jjjj" text), so a demo can
 * fill them in as a learner does; the controller reads them, and what the world decided comes
 * back in the event.
 */
import { assign, setup } from 'xstate';
import type { DateInputError } from '../domain/dates';
import type { Period } from '../domain/periods';
import type { HouseholdError } from '../world/clients';
import type { FormError, PlannedIntegration } from '../world/forms';
import type { PersonOutcome } from '../world/integrations';
import type { HouseholdRole } from '../world/types';

export type DateField = 'start' | 'end' | 'consultStart' | 'consultEnd';
export type FieldErrors = Partial<Record<DateField | 'code' | 'persons' | 'consultPerson' | 'effective' | 'aid', DateInputError | 'missing' | 'endBeforeStart' | 'requestGone'>>;

export type FormType = 'B' | 'B1' | 'B2' | 'C';

export interface DossierContext {
  query: string;
  searched: boolean;
  requestId: string | null;
  /** Integration form, as typed. */
  start: string;
  end: string;
  code: string;
  persons: string[];
  outcomes: PersonOutcome[];
  /** Which action produced the outcomes. */
  lastAction: 'integrate' | 'disintegrate' | null;
  errors: FieldErrors;
  /** The magnifier in column "Integraties": whose integrations are shown. */
  detailClientId: string | null;
  /** Consultation form, as typed, and what was consulted. */
  consultClientId: string;
  consultStart: string;
  consultEnd: string;
  consulted: { clientId: string; period: Period } | null;
  householdError: HouseholdError | null;
  /** Forms B/B1/B2/C, as typed. */
  formType: FormType;
  aid: string;
  effective: string;
  others: string[];
  /** After "Verzenden": what was integrated, or why sending was refused. */
  sent: { type: FormType; integrated: PlannedIntegration[] } | null;
  formError: FormError | null;
}

export type DossierEvent =
  | { type: 'SET_QUERY'; query: string }
  | { type: 'SEARCH' }
  | { type: 'OPEN_FILE'; requestId: string }
  | { type: 'BACK_TO_SEARCH' }
  | { type: 'SHOW_HOUSEHOLD' }
  | { type: 'SHOW_INTEGRATIONS' }
  | { type: 'SHOW_REQUEST' }
  | { type: 'ADD_MEMBER'; error: HouseholdError | null }
  | { type: 'REMOVE_MEMBER'; error: HouseholdError | null }
  | { type: 'SET_FIELD'; field: 'start' | 'end' | 'code' | 'consultClientId' | 'consultStart' | 'consultEnd'; value: string }
  | { type: 'TOGGLE_PERSON'; clientId: string }
  | { type: 'INTEGRATE'; errors: FieldErrors; outcomes: PersonOutcome[] }
  | { type: 'DISINTEGRATE'; errors: FieldErrors; outcomes: PersonOutcome[] }
  | { type: 'SHOW_DETAILS'; clientId: string | null }
  | { type: 'CONSULT'; errors: FieldErrors; consulted: { clientId: string; period: Period } | null }
  | { type: 'SHOW_FORMS' }
  | { type: 'SHOW_TIMELINE' }
  | { type: 'SHOW_RULES' }
  | { type: 'SET_FORM'; field: 'formType' | 'aid' | 'effective'; value: string }
  | { type: 'TOGGLE_OTHER'; clientId: string }
  | { type: 'PREVIEW'; errors: FieldErrors }
  | { type: 'EDIT_FORM' }
  | { type: 'SEND'; sent: { type: FormType; integrated: PlannedIntegration[] } | null; error: FormError | null };

export type { HouseholdRole };

const FORM = {
  start: '',
  end: '',
  code: '',
  persons: [] as string[],
  outcomes: [] as PersonOutcome[],
  lastAction: null,
  errors: {},
  detailClientId: null,
  consultClientId: '',
  consultStart: '',
  consultEnd: '',
  consulted: null,
  householdError: null,
  formType: 'B' as FormType,
  aid: '',
  effective: '',
  others: [] as string[],
  sent: null,
  formError: null,
} satisfies Partial<DossierContext>;

const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;

export const dossierMachine = setup({
  types: { context: {} as DossierContext, events: {} as DossierEvent },
  guards: {
    inputRefused: ({ event }) => 'errors' in event && hasErrors(event.errors),
    sendRefused: ({ event }) => event.type === 'SEND' && event.error !== null,
  },
  actions: {
    setQuery: assign({ query: ({ context, event }) => (event.type === 'SET_QUERY' ? event.query : context.query) }),
    searched: assign({ searched: true }),
    openFile: assign(({ event }) => (event.type === 'OPEN_FILE' ? { ...FORM, requestId: event.requestId } : {})),
    closeFile: assign(() => ({ ...FORM, requestId: null })),
    resetForms: assign(() => ({ ...FORM })),
    householdResult: assign({ householdError: ({ event }) => (event.type === 'ADD_MEMBER' || event.type === 'REMOVE_MEMBER' ? event.error : null) }),
    setField: assign(({ event }) => (event.type === 'SET_FIELD' ? { [event.field]: event.value } : {})),
    togglePerson: assign({
      persons: ({ context, event }) =>
        event.type === 'TOGGLE_PERSON'
          ? context.persons.includes(event.clientId)
            ? context.persons.filter((p) => p !== event.clientId)
            : [...context.persons, event.clientId]
          : context.persons,
    }),
    refuseInput: assign({ errors: ({ event }) => ('errors' in event ? event.errors : {}), outcomes: [] }),
    integrated: assign(({ event }) =>
      event.type === 'INTEGRATE' || event.type === 'DISINTEGRATE'
        ? { errors: {}, outcomes: event.outcomes, lastAction: event.type === 'INTEGRATE' ? ('integrate' as const) : ('disintegrate' as const) }
        : {},
    ),
    showDetails: assign({ detailClientId: ({ event }) => (event.type === 'SHOW_DETAILS' ? event.clientId : null) }),
    consulted: assign(({ event }) => (event.type === 'CONSULT' ? { errors: {}, consulted: event.consulted } : {})),
    setForm: assign(({ event }) => (event.type === 'SET_FORM' ? { [event.field]: event.value } : {})),
    toggleOther: assign({
      others: ({ context, event }) =>
        event.type === 'TOGGLE_OTHER'
          ? context.others.includes(event.clientId)
            ? context.others.filter((p) => p !== event.clientId)
            : [...context.others, event.clientId]
          : context.others,
    }),
    clearErrors: assign({ errors: {}, formError: null }),
    sendResult: assign(({ event }) => (event.type === 'SEND' ? { sent: event.sent, formError: event.error } : {})),
  },
}).createMachine({
  id: 'dossier',
  context: { query: '', searched: false, requestId: null, ...FORM },
  initial: 'search',
  states: {
    // "Opzoeken van een dossier": by name or INSZ.
    search: {
      on: {
        SET_QUERY: { actions: 'setQuery' },
        SEARCH: { actions: 'searched' },
        OPEN_FILE: { target: 'file', actions: 'openFile' },
      },
    },
    // The file's "Huidige aanvraag", with the left menu.
    file: {
      initial: 'request',
      on: {
        BACK_TO_SEARCH: { target: 'search', actions: 'closeFile' },
        SHOW_REQUEST: { target: '.request', actions: 'resetForms' },
        SHOW_HOUSEHOLD: { target: '.household', actions: 'resetForms' },
        SHOW_INTEGRATIONS: { target: '.integrations', actions: 'resetForms' },
        SHOW_FORMS: { target: '.forms', actions: 'resetForms' },
        SHOW_TIMELINE: { target: '.timeline', actions: 'resetForms' },
        SHOW_RULES: { target: '.rules', actions: 'resetForms' },
      },
      states: {
        request: {},
        // "Gezinssamenstelling": members can be added and removed.
        household: {
          on: {
            ADD_MEMBER: { actions: 'householdResult' },
            REMOVE_MEMBER: { actions: 'householdResult' },
          },
        },
        // "Integraties – Desintegraties", with "Raadplegen" at the bottom.
        integrations: {
          on: {
            SET_FIELD: { actions: 'setField' },
            TOGGLE_PERSON: { actions: 'togglePerson' },
            INTEGRATE: [{ guard: 'inputRefused', actions: 'refuseInput' }, { actions: 'integrated' }],
            DISINTEGRATE: [{ guard: 'inputRefused', actions: 'refuseInput' }, { actions: 'integrated' }],
            SHOW_DETAILS: { actions: 'showDetails' },
            CONSULT: [{ guard: 'inputRefused', actions: 'refuseInput' }, { actions: 'consulted' }],
          },
        },
        // Forms B/B1/B2 (automatic integration) and C (stop or refusal: no disintegration), 003 §4.
        forms: {
          initial: 'editing',
          states: {
            editing: {
              on: {
                SET_FORM: { actions: 'setForm' },
                TOGGLE_OTHER: { actions: 'toggleOther' },
                PREVIEW: [{ guard: 'inputRefused', actions: 'refuseInput' }, { target: 'overview', actions: 'clearErrors' }],
              },
            },
            // The form's overview, with at the bottom the integrations PrimaWeb will request.
            overview: {
              on: {
                EDIT_FORM: 'editing',
                SEND: [{ guard: 'sendRefused', actions: 'sendResult' }, { target: 'sent', actions: 'sendResult' }],
              },
            },
            sent: {
              on: { EDIT_FORM: { target: 'editing', actions: 'resetForms' } },
            },
          },
        },
        // Each person's integrations on a time axis.
        timeline: {},
        // "Basisregels": whether a consultation, form or attest would be allowed (a learning aid).
        rules: {},
      },
    },
  },
});
