/** What the scenarios of manual 000 share: the starting page, the first step, the set-ups. */
import { text, type Text } from '../../../i18n/text';
import { predefinedFunctions, type PredefinedProfile } from '../../../domain/predefined-profiles';
import { activeUsers } from '../../../world/access';
import { HERSTAPPE } from '../../../world/seed';
import type { WorldText, World } from '../../../world/types';
import type { ScenarioStep, StepContext } from '../../scenario';
import { loggedIn, profileIdOf, registered, withAssignment, withProfile } from '../setup';
import { anyOf, editing, is } from '../steps';

export const IN_PRIMAWEB = { page: 'home' } as const;
export const RECEPTION = { nl: 'Onthaal', fr: 'Accueil' };

export const managementStep: ScenarioStep = {
  id: 'management',
  narration: text('sc.access.shared.management.narration'),
  hint: text('sc.access.shared.management.hint'),
  target: 'pw-management',
  expects: is('pw.openManagement'),
  perform: () => ({ type: 'pw.openManagement' }),
  isDone: ({ primaweb }) => !primaweb.matches('home'),
};

/** "Profiel creëren". */
export const createStep = (narration: Text): ScenarioStep => ({
  id: 'create',
  narration,
  hint: text('sc.access.create-profile.create.hint'),
  target: 'pw-create',
  expects: is('pw.createProfile'),
  perform: () => ({ type: 'pw.createProfile' }),
  isDone: ({ primaweb }) => primaweb.matches('editor'),
});

/** The new profile's description in Dutch and French; `described` says when it is right. */
export const describeStep = (description: WorldText, narration: Text, hint: Text, described: (nl: string, fr: string) => boolean): ScenarioStep => ({
  id: 'describe',
  narration,
  hint,
  target: 'pw-description',
  expects: editing,
  perform: () => [
    { type: 'pw.setDescription', locale: 'nl', text: description.nl },
    { type: 'pw.setDescription', locale: 'fr', text: description.fr },
  ],
  isDone: ({ primaweb }) => primaweb.matches('editor') && described(primaweb.context.draft.description.nl, primaweb.context.draft.description.fr),
});

/** A predefined profile's functions in the editor; done once `functions` are all ticked. */
export const predefinedStep = (profile: PredefinedProfile, narration: Text, hint: Text, functions: readonly string[] = predefinedFunctions(profile)): ScenarioStep => ({
  id: 'predefined',
  narration,
  hint,
  target: 'pw-functions',
  expects: editing,
  perform: () => ({ type: 'pw.applyPredefined', profile }),
  isDone: ({ primaweb }) => primaweb.matches('editor') && functions.every((f) => primaweb.context.draft.functions.includes(f)),
});

/** "Opslaan" in the editor (its warnings answered), done as `isDone` says. */
export const saveProfileStep = (narration: Text, isDone: ScenarioStep['isDone']): ScenarioStep => ({
  id: 'save',
  narration,
  hint: text('sc.access.create-profile.save.hint'),
  target: 'pw-save',
  expects: anyOf(editing, is('pw.saveProfile'), is('pw.saveAnyway'), is('pw.completeAndSave'), is('pw.cancel')),
  perform: () => ({ type: 'pw.saveProfile' }),
  isDone,
});

/** "Profielen toekennen" for a colleague; by default done once that colleague's window is open. */
export const openAssignStep = (
  personId: string,
  narration: Text,
  hint: Text,
  isDone: ScenarioStep['isDone'] = ({ primaweb }) => primaweb.matches({ management: 'assign' }) && primaweb.context.personId === personId,
): ScenarioStep => ({
  id: 'assign',
  narration,
  hint,
  target: `pw-assign-${personId}`,
  expects: is('pw.assignProfiles', (i) => i.personId === personId),
  perform: () => ({ type: 'pw.assignProfiles', personId }),
  isDone,
});

/** A colleague's window opened, one profile (un)ticked and saved, in one step. */
export const assignAllStep = (id: string, personId: string, narration: Text, hint: Text, profileId: (ctx: StepContext) => string, isDone: ScenarioStep['isDone']): ScenarioStep => ({
  id,
  narration,
  hint,
  target: `pw-assign-${personId}`,
  expects: anyOf(is('pw.assignProfiles', (i) => i.personId === personId), is('pw.toggleAssignment'), is('pw.saveAssignment')),
  perform: (ctx) => [{ type: 'pw.assignProfiles', personId }, { type: 'pw.toggleAssignment', profileId: profileId(ctx) }, { type: 'pw.saveAssignment' }],
  isDone,
});

/** The bin of a profile in the overview; done when PrimaWeb asks to confirm. */
export const deleteStep = (id: string, narration: Text, profileId: (ctx: StepContext) => string): ScenarioStep => ({
  id,
  narration,
  hint: text('sc.access.delete-profile.delete.hint'),
  target: (ctx) => `pw-delete-${profileId(ctx)}`,
  expects: (i, ctx) => i.type === 'pw.deleteProfile' && i.profileId === profileId(ctx),
  perform: (ctx) => ({ type: 'pw.deleteProfile', profileId: profileId(ctx) }),
  isDone: ({ primaweb }) => primaweb.matches({ management: 'confirmDelete' }),
});

/** A button of PrimaWeb's pop-up (confirm, or close the refusal). */
export const popupStep = (id: string, narration: Text, button: 'pw.confirmDelete' | 'pw.confirmDeactivate' | 'pw.cancel', isDone: ScenarioStep['isDone']): ScenarioStep => ({
  id,
  narration,
  hint: text('sc.access.deactivate.confirm.hint'),
  target: 'pw-popup',
  expects: (i) => i.type === button,
  perform: () => ({ type: button }),
  isDone,
});

export const userActive = (world: World, personId: string) => activeUsers(world, HERSTAPPE).some((u) => u.person.id === personId);

/** Pieter holds the profile "Onthaal" (so it cannot be deleted yet). */
export function receptionSetup(world: World): World {
  const withPieter = registered(world, 'pieter');
  const { world: withReception, id } = withProfile(withPieter, RECEPTION);
  return loggedIn(withAssignment(withReception, 'pieter', [id]), 'lotte', 'primawebBeheer');
}
export const receptionId = (ctx: StepContext) => profileIdOf(ctx.world, RECEPTION) ?? '';
