/**
 * PrimaWeb's screens for access management (manual 000): the home page, "Mijn toegangen",
 * "Beheer van de toegangen van de gebruikers van het OCMW" with its dialogs, the profile editor
 * ("Een profiel creëren" / "Beheren") and the print views.
 *
 * Its events are the learner's intents (issue 14: `pw.home` is the intent and the event). Whatever
 * the world decides (was the profile saved, may it be deleted) arrives as a fact of its own in the
 * event, added by primaweb.controller.ts (`PrimawebFacts`). What follows from the intent alone (the
 * functions of "Alles selecteren" or of a predefined profile) the machine computes itself. The
 * editor's draft lives in the context, so that the scenario demo can fill it in the same way a
 * learner does.
 */
import { assign, setup } from 'xstate';
import { ALL_FUNCTION_IDS, type MissingDependency } from '../domain/functions';
import { predefinedFunctions, type PredefinedProfile } from '../domain/predefined-profiles';
import type { PrimawebRole } from '../domain/roles';
import type { WorldLocale } from '../i18n/locales';
import type { ProfileError, UserError } from '../world/access';
import type { WorldText } from '../world/types';
import type { WithFacts } from './events';

export interface Draft {
  description: WorldText;
  functions: string[];
}

export interface PrimawebContext {
  role: PrimawebRole;
  /** The profile being changed with "Beheren"; null while creating. */
  editingId: string | null;
  draft: Draft;
  /** Why the last save was refused. */
  saveError: ProfileError | null;
  /** The dependencies the save warning is about. */
  missing: MissingDependency[];
  /** The profile of a dialog or print view ("Weglaten", "Afdrukken"). */
  profileId: string | null;
  /** The user of a dialog or print view ("Profielen toekennen", "Deactiveren", "Afdrukken"). */
  personId: string | null;
  /** The profiles ticked in the "Profielen toekennen" window. */
  selection: string[];
  /** The profile whose functions the magnifier shows. */
  detailId: string | null;
  /** What the last action in "Beheer van de toegangen" did, for the status line. */
  status: 'profileSaved' | 'profileDeleted' | 'profilesAssigned' | 'userDeactivated' | 'userReactivated' | null;
  userError: UserError | null;
  /** How often "Afdrukken" was used on this screen (the browser's print dialog is outside the machine). */
  printCount: number;
}

export interface PrimawebInput {
  role: PrimawebRole;
}

export type SaveVerdict = { kind: 'saved' } | { kind: 'missing'; missing: MissingDependency[] } | { kind: 'refused'; error: ProfileError };
export type UserVerdict = { kind: 'done' } | { kind: 'refused'; error: UserError };

export type DeleteVerdict = { kind: 'done' } | { kind: 'refused'; error: ProfileError };

/** What the learner does in PrimaWeb's access management (the names are kept in stored runs). */
export type PrimawebIntent =
  | { type: 'pw.home' }
  | { type: 'pw.openMyAccess' }
  | { type: 'pw.openManagement' }
  | { type: 'pw.openFiles' }
  | { type: 'pw.showFunctions'; profileId: string }
  | { type: 'pw.hideFunctions' }
  | { type: 'pw.createProfile' }
  | { type: 'pw.manageProfile'; profileId: string }
  | { type: 'pw.setDescription'; locale: WorldLocale; text: string }
  | { type: 'pw.toggleFunction'; functionId: string }
  | { type: 'pw.selectAll' }
  | { type: 'pw.clearFunctions' }
  | { type: 'pw.applyPredefined'; profile: PredefinedProfile }
  | { type: 'pw.saveProfile' }
  | { type: 'pw.saveAnyway' }
  | { type: 'pw.completeAndSave' }
  | { type: 'pw.deleteProfile'; profileId: string }
  | { type: 'pw.confirmDelete' }
  | { type: 'pw.assignProfiles'; personId: string }
  | { type: 'pw.toggleAssignment'; profileId: string }
  | { type: 'pw.saveAssignment' }
  | { type: 'pw.deactivateUser'; personId: string }
  | { type: 'pw.confirmDeactivate' }
  | { type: 'pw.showInactive' }
  | { type: 'pw.reactivateUser'; personId: string }
  | { type: 'pw.printProfile'; profileId: string }
  | { type: 'pw.printUser'; personId: string }
  | { type: 'pw.print' }
  | { type: 'pw.cancel' }
  | { type: 'pw.back' };

/** The facts the controller adds to an intent: what only the world can tell. */
export interface PrimawebFacts {
  'pw.manageProfile': { draft: Draft };
  'pw.saveProfile': { verdict: SaveVerdict };
  'pw.saveAnyway': { verdict: SaveVerdict };
  /** The draft's functions with their dependencies added. */
  'pw.completeAndSave': { functions: string[]; verdict: SaveVerdict };
  'pw.confirmDelete': { verdict: DeleteVerdict };
  /** The profiles the user has now, ticked when the window opens. */
  'pw.assignProfiles': { selection: string[] };
  'pw.saveAssignment': { verdict: UserVerdict };
  'pw.confirmDeactivate': { verdict: UserVerdict };
  'pw.reactivateUser': { verdict: UserVerdict };
}

export type PrimawebEvent = WithFacts<PrimawebIntent, PrimawebFacts>;

const EMPTY_DRAFT: Draft = { description: { nl: '', fr: '' }, functions: [] };

const CLEAN = {
  editingId: null,
  draft: EMPTY_DRAFT,
  saveError: null,
  missing: [],
  profileId: null,
  personId: null,
  selection: [],
  detailId: null,
  userError: null,
  printCount: 0,
} satisfies Partial<PrimawebContext>;

const toggle = (list: readonly string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

/** The functions an event sets in the draft at once ("Alles selecteren", "Alles wissen", a predefined profile, "Aanvullen"). */
function functionsSet(event: PrimawebEvent): string[] | null {
  switch (event.type) {
    case 'pw.selectAll':
      return [...ALL_FUNCTION_IDS];
    case 'pw.clearFunctions':
      return [];
    case 'pw.applyPredefined':
      return predefinedFunctions(event.profile);
    case 'pw.completeAndSave':
      return event.functions;
    default:
      return null;
  }
}

export const primawebMachine = setup({
  types: { context: {} as PrimawebContext, events: {} as PrimawebEvent, input: {} as PrimawebInput },
  guards: {
    isManager: ({ context }) => context.role === 'primawebBeheer',
    saved: ({ event }) => 'verdict' in event && event.verdict.kind === 'saved',
    missing: ({ event }) => 'verdict' in event && event.verdict.kind === 'missing',
    done: ({ event }) => 'verdict' in event && event.verdict.kind === 'done',
  },
  actions: {
    clean: assign(() => ({ ...CLEAN })),
    clearStatus: assign({ status: null }),
    showFunctions: assign({ detailId: ({ event }) => (event.type === 'pw.showFunctions' ? event.profileId : null) }),
    hideFunctions: assign({ detailId: null }),
    countPrint: assign({ printCount: ({ context }) => context.printCount + 1 }),
    startCreating: assign(() => ({ ...CLEAN, status: null })),
    startManaging: assign(({ event }) =>
      event.type === 'pw.manageProfile' ? { ...CLEAN, status: null, editingId: event.profileId, draft: event.draft } : {},
    ),
    setDescription: assign({
      draft: ({ context, event }) =>
        event.type === 'pw.setDescription' ? { ...context.draft, description: { ...context.draft.description, [event.locale]: event.text } } : context.draft,
    }),
    toggleFunction: assign({
      draft: ({ context, event }) =>
        event.type === 'pw.toggleFunction' ? { ...context.draft, functions: toggle(context.draft.functions, event.functionId) } : context.draft,
    }),
    setFunctions: assign({
      draft: ({ context, event }) => {
        const functions = functionsSet(event);
        return functions ? { ...context.draft, functions } : context.draft;
      },
    }),
    rememberSaveProblem: assign(({ event }) => {
      if (!('verdict' in event)) return {};
      const v = event.verdict;
      if (v.kind === 'missing') return { missing: v.missing, saveError: null };
      if (v.kind === 'refused' && 'error' in v) return { saveError: v.error as ProfileError };
      return {};
    }),
    profileSaved: assign(() => ({ ...CLEAN, status: 'profileSaved' as const })),
    pickProfile: assign({
      profileId: ({ event }) => (event.type === 'pw.deleteProfile' || event.type === 'pw.printProfile' ? event.profileId : null),
    }),
    profileDeleted: assign(() => ({ ...CLEAN, status: 'profileDeleted' as const })),
    pickUser: assign(({ event }) =>
      event.type === 'pw.assignProfiles'
        ? { personId: event.personId, selection: event.selection, userError: null }
        : event.type === 'pw.deactivateUser' || event.type === 'pw.printUser'
          ? { personId: event.personId, userError: null }
          : {},
    ),
    toggleAssignment: assign({
      selection: ({ context, event }) => (event.type === 'pw.toggleAssignment' ? toggle(context.selection, event.profileId) : context.selection),
    }),
    userDone: assign(({ event }) => ({
      ...CLEAN,
      status:
        event.type === 'pw.saveAssignment'
          ? ('profilesAssigned' as const)
          : event.type === 'pw.confirmDeactivate'
            ? ('userDeactivated' as const)
            : ('userReactivated' as const),
    })),
    userRefused: assign({
      userError: ({ event }) => ('verdict' in event && event.verdict.kind === 'refused' && 'error' in event.verdict ? (event.verdict.error as UserError) : null),
    }),
  },
}).createMachine({
  id: 'primaweb',
  context: ({ input }) => ({ ...CLEAN, role: input.role, status: null }),
  initial: 'home',
  on: {
    'pw.home': { target: '.home', actions: 'clean' },
  },
  states: {
    home: {
      on: {
        'pw.openMyAccess': { target: 'myAccess', actions: 'clean' },
        'pw.openManagement': { guard: 'isManager', target: 'management', actions: ['clean', 'clearStatus'] },
        'pw.openFiles': { target: 'files', actions: 'clean' },
      },
    },
    // "Opzoeken van een dossier" and the files: their own machine (dossier.machine.ts).
    files: {},
    // "Mijn toegangen": the user's own profiles; the magnifier shows a profile's functions.
    myAccess: {
      on: {
        'pw.showFunctions': { actions: 'showFunctions' },
        'pw.hideFunctions': { actions: 'hideFunctions' },
        'pw.print': { actions: 'countPrint' },
        'pw.back': { target: 'home', actions: 'clean' },
      },
    },
    // "Beheer van de toegangen van de gebruikers van het OCMW".
    management: {
      initial: 'overview',
      states: {
        overview: {
          on: {
            'pw.createProfile': { target: '#primaweb.editor', actions: 'startCreating' },
            'pw.manageProfile': { target: '#primaweb.editor', actions: 'startManaging' },
            'pw.deleteProfile': { target: 'confirmDelete', actions: ['clearStatus', 'pickProfile'] },
            'pw.assignProfiles': { target: 'assign', actions: ['clearStatus', 'pickUser'] },
            'pw.deactivateUser': { target: 'confirmDeactivate', actions: ['clearStatus', 'pickUser'] },
            'pw.showInactive': { target: 'inactive', actions: 'clearStatus' },
            'pw.printProfile': { target: '#primaweb.printProfile', actions: ['clearStatus', 'pickProfile'] },
            'pw.printUser': { target: '#primaweb.printUser', actions: ['clearStatus', 'pickUser'] },
            'pw.back': { target: '#primaweb.home', actions: 'clean' },
          },
        },
        // The pop-up of "Weglaten": "OK" / "Annuleren".
        confirmDelete: {
          on: {
            'pw.confirmDelete': [{ guard: 'done', target: 'overview', actions: 'profileDeleted' }, { target: 'deleteRefused' }],
            'pw.cancel': { target: 'overview', actions: 'clean' },
          },
        },
        // "Het is niet mogelijk om een profiel te verwijderen dat nog minstens aan één gebruiker toegekend is."
        deleteRefused: {
          on: { 'pw.cancel': { target: 'overview', actions: 'clean' } },
        },
        // The window of "Profielen toekennen".
        assign: {
          on: {
            'pw.toggleAssignment': { actions: 'toggleAssignment' },
            'pw.saveAssignment': [{ guard: 'done', target: 'overview', actions: 'userDone' }, { actions: 'userRefused' }],
            'pw.cancel': { target: 'overview', actions: 'clean' },
          },
        },
        confirmDeactivate: {
          on: {
            'pw.confirmDeactivate': [{ guard: 'done', target: 'overview', actions: 'userDone' }, { actions: 'userRefused' }],
            'pw.cancel': { target: 'overview', actions: 'clean' },
          },
        },
        // "Inactieve gebruikers", behind the green magnifier.
        inactive: {
          on: {
            'pw.reactivateUser': [{ guard: 'done', target: 'overview', actions: 'userDone' }, { actions: 'userRefused' }],
            'pw.back': { target: 'overview', actions: 'clean' },
          },
        },
      },
    },
    // "Een profiel creëren" and "Beheren": description per language, then the functions.
    editor: {
      initial: 'editing',
      states: {
        editing: {
          on: {
            'pw.setDescription': { actions: 'setDescription' },
            'pw.toggleFunction': { actions: 'toggleFunction' },
            'pw.selectAll': { actions: 'setFunctions' },
            'pw.clearFunctions': { actions: 'setFunctions' },
            'pw.applyPredefined': { actions: 'setFunctions' },
            'pw.saveProfile': [
              { guard: 'saved', target: '#primaweb.management.overview', actions: 'profileSaved' },
              { guard: 'missing', target: 'dependencyWarning', actions: 'rememberSaveProblem' },
              { actions: 'rememberSaveProblem' },
            ],
            'pw.cancel': { target: '#primaweb.management.overview', actions: 'clean' },
          },
        },
        // Hulpaanvragen without "Opzoeken van een dossier": save anyway, or complete and save.
        dependencyWarning: {
          on: {
            'pw.saveAnyway': [{ guard: 'saved', target: '#primaweb.management.overview', actions: 'profileSaved' }, { target: 'editing', actions: 'rememberSaveProblem' }],
            'pw.completeAndSave': [
              { guard: 'saved', target: '#primaweb.management.overview', actions: 'profileSaved' },
              { target: 'editing', actions: ['setFunctions', 'rememberSaveProblem'] },
            ],
            'pw.cancel': 'editing',
          },
        },
      },
    },
    printProfile: {
      on: {
        'pw.print': { actions: 'countPrint' },
        'pw.back': { target: '#primaweb.management.overview', actions: 'clean' },
      },
    },
    // The user's profiles, with the magnifier for each profile's functions, "Afdrukken" and "Terug".
    printUser: {
      on: {
        'pw.showFunctions': { actions: 'showFunctions' },
        'pw.hideFunctions': { actions: 'hideFunctions' },
        'pw.print': { actions: 'countPrint' },
        'pw.back': { target: '#primaweb.management.overview', actions: 'clean' },
      },
    },
  },
});
