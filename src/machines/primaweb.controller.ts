/**
 * Turns what the learner does in PrimaWeb's access management into world commands and events of
 * the PrimaWeb machine. The OCMW and the language are those of the open session.
 */
import type { SnapshotFrom } from 'xstate';
import { ALL_FUNCTION_IDS, missingDependencies, SEARCH_FILE, withDependencies } from '../domain/functions';
import { sessionFunctions } from '../world/primaweb';
import { predefinedFunctions, type PredefinedProfile } from '../domain/predefined-profiles';
import type { Locale } from '../i18n/locales';
import {
  assignProfiles,
  createProfile,
  deactivateUser,
  deleteProfile,
  profileById,
  reactivateUser,
  updateProfile,
  userProfiles,
  type Outcome,
  type ProfileError,
  type UserError,
} from '../world/access';
import type { World } from '../world/types';
import { createMachineController, type MachineController, type Planned } from './machine-controller';
import { primawebMachine, type PrimawebContext, type PrimawebEvent, type PrimawebInput, type SaveVerdict, type UserVerdict } from './primaweb.machine';
import type { WorldAccess } from './world-access';

export type PrimawebIntent =
  | { type: 'pw.home' }
  | { type: 'pw.openMyAccess' }
  | { type: 'pw.openManagement' }
  | { type: 'pw.openFiles' }
  | { type: 'pw.showFunctions'; profileId: string }
  | { type: 'pw.hideFunctions' }
  | { type: 'pw.createProfile' }
  | { type: 'pw.manageProfile'; profileId: string }
  | { type: 'pw.setDescription'; locale: Locale; text: string }
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

export type PrimawebSnapshot = SnapshotFrom<typeof primawebMachine>;
export type PrimawebController = MachineController<typeof primawebMachine, PrimawebIntent>;

export function createPrimawebController(world: WorldAccess): PrimawebController {
  return createMachineController({
    machine: primawebMachine,
    world,
    input: primawebInput(world.get()),
    plan: (intent: PrimawebIntent, snapshot, now) => planPrimaweb(intent, snapshot.context, now),
  });
}

export function primawebInput(world: World): PrimawebInput {
  return { role: world.session?.role ?? 'socialeAgent' };
}

/** Saves the draft as a new profile or over the profile being managed. */
function save(now: World, ctx: PrimawebContext, functions: string[], warnMissing: boolean): { verdict: SaveVerdict; world?: World } {
  const kbo = now.session?.kbo;
  if (!kbo) return { verdict: { kind: 'refused', error: 'unknownProfile' } };
  const input = { description: ctx.draft.description, functions };
  const outcome: Outcome<ProfileError> = ctx.editingId ? updateProfile(now, ctx.editingId, input) : createProfile(now, kbo, input);
  if (!outcome.ok) return { verdict: { kind: 'refused', error: outcome.error } };
  const missing = missingDependencies(functions);
  if (warnMissing && missing.length > 0) return { verdict: { kind: 'missing', missing } };
  return { verdict: { kind: 'saved' }, world: outcome.world };
}

const userVerdict = (outcome: Outcome<UserError>): { verdict: UserVerdict; world?: World } =>
  outcome.ok ? { verdict: { kind: 'done' }, world: outcome.world } : { verdict: { kind: 'refused', error: outcome.error } };

function planPrimaweb(intent: PrimawebIntent, ctx: PrimawebContext, now: World): Planned<PrimawebEvent> | null {
  const kbo = now.session?.kbo;
  if (!kbo) return null;
  switch (intent.type) {
    case 'pw.home':
      return { event: { type: 'GO_HOME' } };
    case 'pw.openMyAccess':
      return { event: { type: 'OPEN_MY_ACCESS' } };
    case 'pw.openManagement':
      return { event: { type: 'OPEN_MANAGEMENT' } };
    case 'pw.openFiles':
      // Only a profile with "Opzoeken van een dossier" opens the files (000, annex).
      return now.session && sessionFunctions(now.session).includes(SEARCH_FILE) ? { event: { type: 'OPEN_FILES' } } : null;
    case 'pw.showFunctions':
      return { event: { type: 'SHOW_FUNCTIONS', profileId: intent.profileId } };
    case 'pw.hideFunctions':
      return { event: { type: 'HIDE_FUNCTIONS' } };
    case 'pw.createProfile':
      return { event: { type: 'CREATE_PROFILE' } };
    case 'pw.manageProfile': {
      const profile = profileById(now, intent.profileId);
      if (!profile || profile.kbo !== kbo) return null;
      return { event: { type: 'MANAGE_PROFILE', profileId: profile.id, draft: { description: { ...profile.description }, functions: [...profile.functions] } } };
    }
    case 'pw.setDescription':
      return { event: { type: 'SET_DESCRIPTION', locale: intent.locale, text: intent.text } };
    case 'pw.toggleFunction':
      return { event: { type: 'TOGGLE_FUNCTION', functionId: intent.functionId } };
    case 'pw.selectAll':
      return { event: { type: 'SET_FUNCTIONS', functions: [...ALL_FUNCTION_IDS] } };
    case 'pw.clearFunctions':
      return { event: { type: 'SET_FUNCTIONS', functions: [] } };
    case 'pw.applyPredefined':
      return { event: { type: 'SET_FUNCTIONS', functions: predefinedFunctions(intent.profile) } };
    case 'pw.saveProfile': {
      const { verdict, world } = save(now, ctx, ctx.draft.functions, true);
      return { event: { type: 'SAVE_PROFILE', verdict }, world };
    }
    case 'pw.saveAnyway': {
      const { verdict, world } = save(now, ctx, ctx.draft.functions, false);
      return { event: { type: 'SAVE_ANYWAY', verdict }, world };
    }
    case 'pw.completeAndSave': {
      const functions = withDependencies(ctx.draft.functions);
      const { verdict, world } = save(now, ctx, functions, false);
      return { event: { type: 'COMPLETE_AND_SAVE', functions, verdict }, world };
    }
    case 'pw.deleteProfile':
      return profileById(now, intent.profileId) ? { event: { type: 'DELETE_PROFILE', profileId: intent.profileId } } : null;
    case 'pw.confirmDelete': {
      if (!ctx.profileId) return null;
      const outcome = deleteProfile(now, ctx.profileId);
      return outcome.ok
        ? { event: { type: 'CONFIRM_DELETE', verdict: { kind: 'done' } }, world: outcome.world }
        : { event: { type: 'CONFIRM_DELETE', verdict: { kind: 'refused', error: outcome.error } } };
    }
    case 'pw.assignProfiles':
      return { event: { type: 'ASSIGN_PROFILES', personId: intent.personId, selection: userProfiles(now, intent.personId, kbo).map((p) => p.id) } };
    case 'pw.toggleAssignment':
      return { event: { type: 'TOGGLE_ASSIGNMENT', profileId: intent.profileId } };
    case 'pw.saveAssignment': {
      if (!ctx.personId) return null;
      const { verdict, world } = userVerdict(assignProfiles(now, ctx.personId, kbo, ctx.selection));
      return { event: { type: 'SAVE_ASSIGNMENT', verdict }, world };
    }
    case 'pw.deactivateUser':
      return { event: { type: 'DEACTIVATE_USER', personId: intent.personId } };
    case 'pw.confirmDeactivate': {
      if (!ctx.personId) return null;
      const { verdict, world } = userVerdict(deactivateUser(now, ctx.personId, kbo));
      return { event: { type: 'CONFIRM_DEACTIVATE', verdict }, world };
    }
    case 'pw.showInactive':
      return { event: { type: 'SHOW_INACTIVE' } };
    case 'pw.reactivateUser': {
      const { verdict, world } = userVerdict(reactivateUser(now, intent.personId, kbo));
      return { event: { type: 'REACTIVATE_USER', personId: intent.personId, verdict }, world };
    }
    case 'pw.printProfile':
      return { event: { type: 'PRINT_PROFILE', profileId: intent.profileId } };
    case 'pw.printUser':
      return { event: { type: 'PRINT_USER', personId: intent.personId } };
    case 'pw.print':
      return { event: { type: 'PRINT' } };
    case 'pw.cancel':
      return { event: { type: 'CANCEL' } };
    case 'pw.back':
      return { event: { type: 'BACK' } };
  }
}
