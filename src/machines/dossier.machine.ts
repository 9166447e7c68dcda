/**
 * PrimaWeb's files (manual 003): "Opzoeken van een dossier", then the file's "Huidige aanvraag"
 * with the left menu: "Gezinssamenstelling" and "Integraties – Desintegraties" (integrate,
 * disintegrate, consult the repertory).
 *
 * The forms' fields live in the context as typed (dates as "dd/mm/jjjj" text), so a demo can
 * fill them in as a learner does; the controller reads them. The events are the learner's
 * intents (`dossier.back`), with what the controller read and the world decided added as facts
 * of their own (DossierFacts).
 */
import { assign, setup } from 'xstate';
import type { DateInputError } from '../domain/dates';
import type { Period } from '../domain/periods';
import type { HouseholdError } from '../world/clients';
import type { FormErrors, PlannedIntegration } from '../world/forms';
import type { RulesAnswer, RulesQuestion } from './rules-check';
import type { PersonOutcome } from '../world/integrations';
import type { HouseholdRole } from '../world/types';
import type { WithFacts } from './events';

export type DateField = 'start' | 'end' | 'consultStart' | 'consultEnd';
export type FieldErrors = Partial<Record<DateField | 'code' | 'persons' | 'consultPerson' | 'effective' | 'aid', DateInputError | 'missing' | 'endBeforeStart' | 'requestGone'>>;

/** The fields of "Raadplegen", the repertory's form at the bottom of "Integraties – Desintegraties". */
const CONSULT_FIELDS: readonly (keyof FieldErrors)[] = ['consultPerson', 'consultStart', 'consultEnd'];

/** Whether "Integreren" / "Desintegreren" was refused at its fields ("Er werd niets uitgevoerd"), not the consultation below it. */
export const integrationRefused = (errors: FieldErrors): boolean =>
  Object.keys(errors).length > 0 && !CONSULT_FIELDS.some((field) => errors[field] !== undefined);

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
  formError: FormErrors | null;
  /** "Basisregels": the last answer of "Nakijken". */
  rulesAnswer: RulesAnswer | null;
}

/** What the learner does in a file (search, household, integrations, forms): the intents, kept as runs are stored. */
export type DossierIntent =
  | { type: 'dossier.setQuery'; query: string }
  | { type: 'dossier.search' }
  | { type: 'dossier.open'; requestId: string }
  | { type: 'dossier.newRequest'; clientId: string }
  | { type: 'dossier.back' }
  | { type: 'dossier.showRequest' }
  | { type: 'dossier.showHousehold' }
  | { type: 'dossier.showIntegrations' }
  | { type: 'dossier.addMember'; clientId: string; role: Exclude<HouseholdRole, 'hoofdbegunstigde'> }
  | { type: 'dossier.removeMember'; clientId: string }
  | { type: 'dossier.setField'; field: 'start' | 'end' | 'code' | 'consultClientId' | 'consultStart' | 'consultEnd'; value: string }
  | { type: 'dossier.togglePerson'; clientId: string }
  | { type: 'dossier.integrate' }
  | { type: 'dossier.disintegrate' }
  | { type: 'dossier.showDetails'; clientId: string | null }
  | { type: 'dossier.consult' }
  | { type: 'dossier.showForms' }
  | { type: 'dossier.showTimeline' }
  | { type: 'dossier.showRules' }
  /** "Basisregels" … "Nakijken": the person, the rule and the day or period, as typed. */
  | { type: 'dossier.checkRules'; question: RulesQuestion }
  | { type: 'dossier.setForm'; field: 'formType' | 'aid' | 'effective'; value: string }
  | { type: 'dossier.toggleOther'; clientId: string }
  | { type: 'dossier.preview' }
  | { type: 'dossier.editForm' }
  | { type: 'dossier.send' };

/** What the controller adds to an intent: the typed fields checked, and the world's verdicts. */
export interface DossierFacts {
  /** The request the world created. */
  'dossier.newRequest': { requestId: string };
  'dossier.addMember': { error: HouseholdError | null };
  'dossier.removeMember': { error: HouseholdError | null };
  'dossier.integrate': { errors: FieldErrors; outcomes: PersonOutcome[] };
  'dossier.disintegrate': { errors: FieldErrors; outcomes: PersonOutcome[] };
  'dossier.consult': { errors: FieldErrors; consulted: { clientId: string; period: Period } | null };
  'dossier.preview': { errors: FieldErrors };
  'dossier.send': { sent: { type: FormType; integrated: PlannedIntegration[] } | null; error: FormErrors | null };
  'dossier.checkRules': { answer: RulesAnswer };
}

export type DossierEvent = WithFacts<DossierIntent, DossierFacts>;

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
  rulesAnswer: null,
} satisfies Partial<DossierContext>;

const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;

export const dossierMachine = setup({
  types: { context: {} as DossierContext, events: {} as DossierEvent },
  guards: {
    inputRefused: ({ event }) => 'errors' in event && hasErrors(event.errors),
    sendRefused: ({ event }) => event.type === 'dossier.send' && event.error !== null,
  },
  actions: {
    setQuery: assign({ query: ({ context, event }) => (event.type === 'dossier.setQuery' ? event.query : context.query) }),
    searched: assign({ searched: true }),
    openFile: assign(({ event }) => (event.type === 'dossier.open' || event.type === 'dossier.newRequest' ? { ...FORM, requestId: event.requestId } : {})),
    closeFile: assign(() => ({ ...FORM, requestId: null })),
    resetForms: assign(() => ({ ...FORM })),
    householdResult: assign({ householdError: ({ event }) => (event.type === 'dossier.addMember' || event.type === 'dossier.removeMember' ? event.error : null) }),
    setField: assign(({ event }) => (event.type === 'dossier.setField' ? { [event.field]: event.value } : {})),
    togglePerson: assign({
      persons: ({ context, event }) =>
        event.type === 'dossier.togglePerson'
          ? context.persons.includes(event.clientId)
            ? context.persons.filter((p) => p !== event.clientId)
            : [...context.persons, event.clientId]
          : context.persons,
    }),
    refuseInput: assign({ errors: ({ event }) => ('errors' in event ? event.errors : {}), outcomes: [] }),
    integrated: assign(({ event }) =>
      event.type === 'dossier.integrate' || event.type === 'dossier.disintegrate'
        ? { errors: {}, outcomes: event.outcomes, lastAction: event.type === 'dossier.integrate' ? ('integrate' as const) : ('disintegrate' as const) }
        : {},
    ),
    showDetails: assign({ detailClientId: ({ event }) => (event.type === 'dossier.showDetails' ? event.clientId : null) }),
    consulted: assign(({ event }) => (event.type === 'dossier.consult' ? { errors: {}, consulted: event.consulted } : {})),
    setForm: assign(({ event }) => (event.type === 'dossier.setForm' ? { [event.field]: event.value } : {})),
    toggleOther: assign({
      others: ({ context, event }) =>
        event.type === 'dossier.toggleOther'
          ? context.others.includes(event.clientId)
            ? context.others.filter((p) => p !== event.clientId)
            : [...context.others, event.clientId]
          : context.others,
    }),
    clearErrors: assign({ errors: {}, formError: null }),
    rulesChecked: assign(({ event }) => (event.type === 'dossier.checkRules' ? { rulesAnswer: event.answer } : {})),
    sendResult: assign(({ event }) => (event.type === 'dossier.send' ? { sent: event.sent, formError: event.error } : {})),
  },
}).createMachine({
  id: 'dossier',
  context: { query: '', searched: false, requestId: null, ...FORM },
  initial: 'search',
  states: {
    // "Opzoeken van een dossier": by name or INSZ.
    search: {
      on: {
        'dossier.setQuery': { actions: 'setQuery' },
        'dossier.search': { actions: 'searched' },
        'dossier.open': { target: 'file', actions: 'openFile' },
        'dossier.newRequest': { target: 'file', actions: 'openFile' },
      },
    },
    // The file's "Huidige aanvraag", with the left menu.
    file: {
      initial: 'request',
      on: {
        'dossier.back': { target: 'search', actions: 'closeFile' },
        'dossier.showRequest': { target: '.request', actions: 'resetForms' },
        'dossier.showHousehold': { target: '.household', actions: 'resetForms' },
        'dossier.showIntegrations': { target: '.integrations', actions: 'resetForms' },
        'dossier.showForms': { target: '.forms', actions: 'resetForms' },
        'dossier.showTimeline': { target: '.timeline', actions: 'resetForms' },
        'dossier.showRules': { target: '.rules', actions: 'resetForms' },
      },
      states: {
        request: {},
        // "Gezinssamenstelling": members can be added and removed.
        household: {
          on: {
            'dossier.addMember': { actions: 'householdResult' },
            'dossier.removeMember': { actions: 'householdResult' },
          },
        },
        // "Integraties – Desintegraties", with "Raadplegen" at the bottom.
        integrations: {
          on: {
            'dossier.setField': { actions: 'setField' },
            'dossier.togglePerson': { actions: 'togglePerson' },
            'dossier.integrate': [{ guard: 'inputRefused', actions: 'refuseInput' }, { actions: 'integrated' }],
            'dossier.disintegrate': [{ guard: 'inputRefused', actions: 'refuseInput' }, { actions: 'integrated' }],
            'dossier.showDetails': { actions: 'showDetails' },
            'dossier.consult': [{ guard: 'inputRefused', actions: 'refuseInput' }, { actions: 'consulted' }],
          },
        },
        // Forms B/B1/B2 (automatic integration) and C (stop or refusal: no disintegration), 003 §4.
        forms: {
          initial: 'editing',
          states: {
            editing: {
              on: {
                'dossier.setForm': { actions: 'setForm' },
                'dossier.toggleOther': { actions: 'toggleOther' },
                'dossier.preview': [{ guard: 'inputRefused', actions: 'refuseInput' }, { target: 'overview', actions: 'clearErrors' }],
              },
            },
            // The form's overview, with at the bottom the integrations PrimaWeb will request.
            overview: {
              on: {
                'dossier.editForm': 'editing',
                'dossier.send': [{ guard: 'sendRefused', actions: 'sendResult' }, { target: 'sent', actions: 'sendResult' }],
              },
            },
            sent: {
              on: { 'dossier.editForm': { target: 'editing', actions: 'resetForms' } },
            },
          },
        },
        // Each person's integrations on a time axis.
        timeline: {},
        // "Basisregels": whether a consultation, form or attest would be allowed (a learning aid).
        rules: { on: { 'dossier.checkRules': { actions: 'rulesChecked' } } },
      },
    },
  },
});
