/**
 * PrimaWeb's screens for access management (manual 000): the home page, "Mijn toegangen",
 * "Beheer van de toegangen van de gebruikers van het OCMW" with its dialogs, the profile editor
 * ("Een profiel creëren" / "Beheren") and the print views.
 *
 * As with the login machine, whatever the world decides (was the profile saved, may it be deleted)
 * arrives in the event, filled in by primaweb.controller.ts. The editor's draft lives in the
 * context, so that the scenario demo can fill it in the same way a learner does.
 */
import { assign, setup } from 'xstate';
import type { MissingDependency } from '../domain/functions';
import type { PrimawebRole } from '../domain/roles';
import type { Locale } from '../i18n/locales';
import type { ProfileError, UserError } from '../world/access';
import type { Localised } from '../world/types';

export interface Draft {
  description: Localised;
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

export type PrimawebEvent =
  | { type: 'GO_HOME' }
  | { type: 'OPEN_MY_ACCESS' }
  | { type: 'OPEN_MANAGEMENT' }
  | { type: 'OPEN_FILES' }
  | { type: 'SHOW_FUNCTIONS'; profileId: string }
  | { type: 'HIDE_FUNCTIONS' }
  | { type: 'CREATE_PROFILE' }
  | { type: 'MANAGE_PROFILE'; profileId: string; draft: Draft }
  | { type: 'SET_DESCRIPTION'; locale: Locale; text: string }
  | { type: 'TOGGLE_FUNCTION'; functionId: string }
  | { type: 'SET_FUNCTIONS'; functions: string[] }
  | { type: 'SAVE_PROFILE'; verdict: SaveVerdict }
  | { type: 'SAVE_ANYWAY'; verdict: SaveVerdict }
  | { type: 'COMPLETE_AND_SAVE'; functions: string[]; verdict: SaveVerdict }
  | { type: 'DELETE_PROFILE'; profileId: string }
  | { type: 'CONFIRM_DELETE'; verdict: { kind: 'done' } | { kind: 'refused'; error: ProfileError } }
  | { type: 'ASSIGN_PROFILES'; personId: string; selection: string[] }
  | { type: 'TOGGLE_ASSIGNMENT'; profileId: string }
  | { type: 'SAVE_ASSIGNMENT'; verdict: UserVerdict }
  | { type: 'DEACTIVATE_USER'; personId: string }
  | { type: 'CONFIRM_DEACTIVATE'; verdict: UserVerdict }
  | { type: 'SHOW_INACTIVE' }
  | { type: 'REACTIVATE_USER'; personId: string; verdict: UserVerdict }
  | { type: 'PRINT_PROFILE'; profileId: string }
  | { type: 'PRINT_USER'; personId: string }
  | { type: 'PRINT' }
  | { type: 'CANCEL' }
  | { type: 'BACK' };

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
    showFunctions: assign({ detailId: ({ event }) => (event.type === 'SHOW_FUNCTIONS' ? event.profileId : null) }),
    hideFunctions: assign({ detailId: null }),
    countPrint: assign({ printCount: ({ context }) => context.printCount + 1 }),
    startCreating: assign(() => ({ ...CLEAN, status: null })),
    startManaging: assign(({ event }) =>
      event.type === 'MANAGE_PROFILE' ? { ...CLEAN, status: null, editingId: event.profileId, draft: event.draft } : {},
    ),
    setDescription: assign({
      draft: ({ context, event }) =>
        event.type === 'SET_DESCRIPTION' ? { ...context.draft, description: { ...context.draft.description, [event.locale]: event.text } } : context.draft,
    }),
    toggleFunction: assign({
      draft: ({ context, event }) =>
        event.type === 'TOGGLE_FUNCTION' ? { ...context.draft, functions: toggle(context.draft.functions, event.functionId) } : context.draft,
    }),
    setFunctions: assign({
      draft: ({ context, event }) =>
        event.type === 'SET_FUNCTIONS' || event.type === 'COMPLETE_AND_SAVE' ? { ...context.draft, functions: event.functions } : context.draft,
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
      profileId: ({ event }) => (event.type === 'DELETE_PROFILE' || event.type === 'PRINT_PROFILE' ? event.profileId : null),
    }),
    profileDeleted: assign(() => ({ ...CLEAN, status: 'profileDeleted' as const })),
    pickUser: assign(({ event }) =>
      event.type === 'ASSIGN_PROFILES'
        ? { personId: event.personId, selection: event.selection, userError: null }
        : event.type === 'DEACTIVATE_USER' || event.type === 'PRINT_USER'
          ? { personId: event.personId, userError: null }
          : {},
    ),
    toggleAssignment: assign({
      selection: ({ context, event }) => (event.type === 'TOGGLE_ASSIGNMENT' ? toggle(context.selection, event.profileId) : context.selection),
    }),
    userDone: assign(({ event }) => ({
      ...CLEAN,
      status:
        event.type === 'SAVE_ASSIGNMENT'
          ? ('profilesAssigned' as const)
          : event.type === 'CONFIRM_DEACTIVATE'
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
    GO_HOME: { target: '.home', actions: 'clean' },
  },
  states: {
    home: {
      on: {
        OPEN_MY_ACCESS: { target: 'myAccess', actions: 'clean' },
        OPEN_MANAGEMENT: { guard: 'isManager', target: 'management', actions: ['clean', 'clearStatus'] },
        OPEN_FILES: { target: 'files', actions: 'clean' },
      },
    },
    // "Opzoeken van een dossier" and the files: their own machine (dossier.machine.ts).
    files: {},
    // "Mijn toegangen": the user's own profiles; the magnifier shows a profile's functions.
    myAccess: {
      on: {
        SHOW_FUNCTIONS: { actions: 'showFunctions' },
        HIDE_FUNCTIONS: { actions: 'hideFunctions' },
        PRINT: { actions: 'countPrint' },
        BACK: { target: 'home', actions: 'clean' },
      },
    },
    // "Beheer van de toegangen van de gebruikers van het OCMW".
    management: {
      initial: 'overview',
      states: {
        overview: {
          on: {
            CREATE_PROFILE: { target: '#primaweb.editor', actions: 'startCreating' },
            MANAGE_PROFILE: { target: '#primaweb.editor', actions: 'startManaging' },
            DELETE_PROFILE: { target: 'confirmDelete', actions: ['clearStatus', 'pickProfile'] },
            ASSIGN_PROFILES: { target: 'assign', actions: ['clearStatus', 'pickUser'] },
            DEACTIVATE_USER: { target: 'confirmDeactivate', actions: ['clearStatus', 'pickUser'] },
            SHOW_INACTIVE: { target: 'inactive', actions: 'clearStatus' },
            PRINT_PROFILE: { target: '#primaweb.printProfile', actions: ['clearStatus', 'pickProfile'] },
            PRINT_USER: { target: '#primaweb.printUser', actions: ['clearStatus', 'pickUser'] },
            BACK: { target: '#primaweb.home', actions: 'clean' },
          },
        },
        // The pop-up of "Weglaten": "OK" / "Annuleren".
        confirmDelete: {
          on: {
            CONFIRM_DELETE: [{ guard: 'done', target: 'overview', actions: 'profileDeleted' }, { target: 'deleteRefused' }],
            CANCEL: { target: 'overview', actions: 'clean' },
          },
        },
        // "Het is niet mogelijk om een profiel te verwijderen dat nog minstens aan één gebruiker toegekend is."
        deleteRefused: {
          on: { CANCEL: { target: 'overview', actions: 'clean' } },
        },
        // The window of "Profielen toekennen".
        assign: {
          on: {
            TOGGLE_ASSIGNMENT: { actions: 'toggleAssignment' },
            SAVE_ASSIGNMENT: [{ guard: 'done', target: 'overview', actions: 'userDone' }, { actions: 'userRefused' }],
            CANCEL: { target: 'overview', actions: 'clean' },
          },
        },
        confirmDeactivate: {
          on: {
            CONFIRM_DEACTIVATE: [{ guard: 'done', target: 'overview', actions: 'userDone' }, { actions: 'userRefused' }],
            CANCEL: { target: 'overview', actions: 'clean' },
          },
        },
        // "Inactieve gebruikers", behind the green magnifier.
        inactive: {
          on: {
            REACTIVATE_USER: [{ guard: 'done', target: 'overview', actions: 'userDone' }, { actions: 'userRefused' }],
            BACK: { target: 'overview', actions: 'clean' },
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
            SET_DESCRIPTION: { actions: 'setDescription' },
            TOGGLE_FUNCTION: { actions: 'toggleFunction' },
            SET_FUNCTIONS: { actions: 'setFunctions' },
            SAVE_PROFILE: [
              { guard: 'saved', target: '#primaweb.management.overview', actions: 'profileSaved' },
              { guard: 'missing', target: 'dependencyWarning', actions: 'rememberSaveProblem' },
              { actions: 'rememberSaveProblem' },
            ],
            CANCEL: { target: '#primaweb.management.overview', actions: 'clean' },
          },
        },
        // Hulpaanvragen without "Opzoeken van een dossier": save anyway, or complete and save.
        dependencyWarning: {
          on: {
            SAVE_ANYWAY: [{ guard: 'saved', target: '#primaweb.management.overview', actions: 'profileSaved' }, { target: 'editing', actions: 'rememberSaveProblem' }],
            COMPLETE_AND_SAVE: [
              { guard: 'saved', target: '#primaweb.management.overview', actions: 'profileSaved' },
              { target: 'editing', actions: ['setFunctions', 'rememberSaveProblem'] },
            ],
            CANCEL: 'editing',
          },
        },
      },
    },
    printProfile: {
      on: {
        PRINT: { actions: 'countPrint' },
        BACK: { target: '#primaweb.management.overview', actions: 'clean' },
      },
    },
    // The user's profiles, with the magnifier for each profile's functions, "Afdrukken" and "Terug".
    printUser: {
      on: {
        SHOW_FUNCTIONS: { actions: 'showFunctions' },
        HIDE_FUNCTIONS: { actions: 'hideFunctions' },
        PRINT: { actions: 'countPrint' },
        BACK: { target: '#primaweb.management.overview', actions: 'clean' },
      },
    },
  },
});
