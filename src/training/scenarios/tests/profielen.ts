/**
 * "Toets: beheer van de profielen" (000): other profiles and other colleagues than the practice
 * scenarios — a profile from "Financiële beheerder / Ontvanger" less one function, a profile given
 * to Els Mertens who sees it after her own login, a profile deleted that is still held, a colleague
 * deactivated and another reactivated with a profile.
 */
import { text } from '../../../i18n/text';
import { predefinedFunctions } from '../../../domain/predefined-profiles';
import { activeUsers, createProfile, deactivateUser, inactiveUsers, userProfiles } from '../../../world/access';
import { HERSTAPPE } from '../../../world/seed';
import type { WorldText, World } from '../../../world/types';
import type { Scenario, StepContext } from '../../scenario';
import { assignAllStep, createStep, describeStep, IN_PRIMAWEB, managementStep, openAssignStep, predefinedStep, saveProfileStep } from '../access/shared';
import { loggedIn, profileIdOf, registered, SOCIAL_WORK, withAssignment, withProfile } from '../setup';
import { anyOf, cardStep, editing, is, loginStepsFor, logoutStep } from '../steps';

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const profileNamed = (world: World, d: WorldText) => world.profiles.find((p) => p.kbo === HERSTAPPE && sameText(p.description.nl, d.nl));
const idOf = (d: WorldText) => (ctx: StepContext) => profileNamed(ctx.world, d)?.id ?? '';
/** Removes a profile (and who holds it) so the exercise starts without it. */
const withoutProfile = (world: World, d: WorldText): World => {
  const p = profileNamed(world, d);
  return p ? { ...world, profiles: world.profiles.filter((x) => x !== p), assignments: world.assignments.filter((a) => a.profileId !== p.id) } : world;
};
const active = (world: World, personId: string) => activeUsers(world, HERSTAPPE).some((u) => u.person.id === personId);
const holds = (world: World, personId: string, d: WorldText) => userProfiles(world, personId, HERSTAPPE).some((p) => sameText(p.description.nl, d.nl));

// ——— 1. A profile from a predefined one, less one function ———
const RECEIVER: WorldText = { nl: 'Ontvanger zonder KSZ-stromen', fr: 'Receveur sans flux BCSS' };
const DROPPED = 'dossiersSchulden.kszStromen';
const RECEIVER_FUNCTIONS = predefinedFunctions('financieelBeheerder').filter((f) => f !== DROPPED);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export const createProfileExercise: Scenario = {
  id: 'toets-profielen-creeren',
  title: text('sc.tests.profielen.toets-profielen-creeren.title'),
  summary: text('sc.tests.profielen.toets-profielen-creeren.summary', { receiverNl: RECEIVER.nl, receiverFr: RECEIVER.fr }),
  outro: text('sc.tests.profielen.toets-profielen-creeren.outro'),
  prepare: (world) => withoutProfile(loggedIn(world, 'lotte', 'primawebBeheer'), RECEIVER),
  startPage: IN_PRIMAWEB,
  goals: [
    {
      id: 'created',
      label: text('sc.tests.profielen.created.label', { receiver: RECEIVER }),
      holds: (world) => !!profileNamed(world, RECEIVER) && sameText(profileNamed(world, RECEIVER)!.description.fr, RECEIVER.fr),
    },
    {
      id: 'functions',
      label: text('sc.tests.profielen.functions.label'),
      holds: (world) => sameSet(profileNamed(world, RECEIVER)?.functions ?? [], RECEIVER_FUNCTIONS),
    },
  ],
  steps: [
    managementStep,
    createStep(text('sc.access.create-profile.create.hint')),
    describeStep(
      RECEIVER,
      text('sc.access.create-profile.describe.hint'),
      text('sc.tests.profielen.describe.hint', { receiverNl: RECEIVER.nl, receiverFr: RECEIVER.fr }),
      (nl, fr) => sameText(nl, RECEIVER.nl) && sameText(fr, RECEIVER.fr),
    ),
    predefinedStep('financieelBeheerder', text('sc.tests.profielen.predefined.narration'), text('sc.tests.profielen.predefined.hint'), RECEIVER_FUNCTIONS),
    {
      id: 'untick',
      narration: text('sc.tests.profielen.untick.narration'),
      hint: text('sc.tests.profielen.untick.hint'),
      target: 'pw-functions',
      expects: editing,
      perform: () => ({ type: 'pw.toggleFunction', functionId: DROPPED }),
      isDone: ({ primaweb }) => primaweb.matches('editor') && !primaweb.context.draft.functions.includes(DROPPED),
    },
    saveProfileStep(text('sc.access.create-profile.save.hint'), ({ world }) => !!profileNamed(world, RECEIVER)),
  ],
};

// ——— 2. A profile given to Els, who sees it after her own login ———
const DEBTS: WorldText = { nl: 'Schuldhulpverlening', fr: 'Médiation de dettes' };

function debtsSetup(world: World): World {
  const known = registered(world, 'els');
  const created = createProfile(withoutProfile(known, DEBTS), HERSTAPPE, { description: DEBTS, functions: predefinedFunctions('financieelBeheerder') });
  const withDebts = created.ok ? created.world : known;
  return loggedIn(withAssignment(withDebts, 'els', []), 'lotte', 'primawebBeheer');
}
const debtsId = idOf(DEBTS);

export const assignProfileExercise: Scenario = {
  id: 'toets-profielen-toekennen',
  title: text('sc.tests.profielen.toets-profielen-toekennen.title'),
  summary: text('sc.tests.profielen.toets-profielen-toekennen.summary', { debts: DEBTS }),
  outro: text('sc.tests.profielen.toets-profielen-toekennen.outro'),
  prepare: debtsSetup,
  startPage: IN_PRIMAWEB,
  goals: [
    {
      id: 'assigned',
      label: text('sc.tests.profielen.assigned.label', { debts: DEBTS }),
      holds: (world) => holds(world, 'els', DEBTS),
    },
    {
      id: 'sees',
      label: text('sc.tests.profielen.sees.label', { debts: DEBTS }),
      holds: (world) => world.session?.personId === 'els' && world.session.role === 'socialeAgent' && world.session.profiles.some((p) => sameText(p.description.nl, DEBTS.nl)),
    },
  ],
  steps: [
    managementStep,
    openAssignStep('els', text('sc.tests.profielen.assign.narration'), text('sc.tests.profielen.assign.hint')),
    {
      id: 'tick',
      narration: text('sc.tests.profielen.tick.narration', { debts: DEBTS }),
      hint: text('sc.tests.profielen.tick.hint', { debts: DEBTS }),
      target: 'pw-assign-window',
      expects: anyOf(is('pw.toggleAssignment'), is('pw.saveAssignment')),
      perform: (ctx) => [{ type: 'pw.toggleAssignment', profileId: debtsId(ctx) }, { type: 'pw.saveAssignment' }],
      isDone: ({ world, primaweb }) => holds(world, 'els', DEBTS) && !primaweb.matches({ management: 'assign' }),
    },
    logoutStep(text('sc.tests.profielen.logout.narration'), text('sc.tests.profielen.logout.hint')),
    cardStep('els', text('sc.tests.profielen.card.narration'), text('sc.tests.profielen.card.hint')),
    ...loginStepsFor('els', '6802', 'Els Mertens', { prefix: 'els', role: 'socialeAgent' }),
  ],
};

// ——— 3. Deleting a profile that is still held ———
const TEMPORARY: WorldText = { nl: 'Jobstudent', fr: 'Étudiant jobiste' };

function temporarySetup(world: World): World {
  const known = registered(registered(world, 'els'), 'pieter');
  const { world: withSocial, id: socialId } = withProfile(known, SOCIAL_WORK);
  const created = createProfile(withoutProfile(withSocial, TEMPORARY), HERSTAPPE, { description: TEMPORARY, functions: predefinedFunctions('administratiefMedewerker') });
  if (!created.ok || !created.id) throw new Error('exercise set-up: profile');
  const assigned = withAssignment(withAssignment(created.world, 'els', [socialId, created.id]), 'pieter', []);
  return loggedIn(assigned, 'lotte', 'primawebBeheer');
}
const temporaryId = idOf(TEMPORARY);

export const deleteProfileExercise: Scenario = {
  id: 'toets-profielen-verwijderen',
  title: text('sc.tests.profielen.toets-profielen-verwijderen.title'),
  summary: text('sc.tests.profielen.toets-profielen-verwijderen.summary', { temporary: TEMPORARY, socialWork: SOCIAL_WORK }),
  outro: text('sc.tests.profielen.toets-profielen-verwijderen.outro'),
  prepare: temporarySetup,
  startPage: IN_PRIMAWEB,
  goals: [
    { id: 'deleted', label: text('sc.tests.profielen.deleted.label', { temporary: TEMPORARY }), holds: (world) => !profileNamed(world, TEMPORARY) },
    {
      id: 'kept',
      label: text('sc.tests.profielen.kept.label', { socialWork: SOCIAL_WORK }),
      // Only once the profile is gone: what was kept is judged at the end.
      holds: (world) => !profileNamed(world, TEMPORARY) && active(world, 'els') && holds(world, 'els', SOCIAL_WORK),
    },
  ],
  steps: [
    managementStep,
    {
      id: 'delete',
      narration: text('sc.tests.profielen.delete.narration', { temporary: TEMPORARY }),
      hint: text('sc.tests.profielen.delete.hint', { temporary: TEMPORARY }),
      target: (ctx) => `pw-delete-${temporaryId(ctx)}`,
      expects: anyOf((i, ctx) => i.type === 'pw.deleteProfile' && i.profileId === temporaryId(ctx), is('pw.confirmDelete'), is('pw.cancel')),
      perform: (ctx) => [{ type: 'pw.deleteProfile', profileId: temporaryId(ctx) }, { type: 'pw.confirmDelete' }, { type: 'pw.cancel' }],
      isDone: ({ primaweb }) => primaweb.matches({ management: 'overview' }),
    },
    assignAllStep(
      'untick',
      'els',
      text('sc.tests.profielen.untick.narration2'),
      text('sc.tests.profielen.untick.hint2', { temporary: TEMPORARY }),
      temporaryId,
      (ctx) => !ctx.world.assignments.some((a) => a.profileId === temporaryId(ctx)) && ctx.primaweb.matches({ management: 'overview' }),
    ),
    {
      id: 'delete-again',
      narration: text('sc.tests.profielen.delete-again.narration'),
      hint: text('sc.tests.profielen.delete-again.hint', { temporary: TEMPORARY }),
      target: (ctx) => `pw-delete-${temporaryId(ctx)}`,
      expects: anyOf((i, ctx) => i.type === 'pw.deleteProfile' && i.profileId === temporaryId(ctx), is('pw.confirmDelete')),
      perform: (ctx) => [{ type: 'pw.deleteProfile', profileId: temporaryId(ctx) }, { type: 'pw.confirmDelete' }],
      isDone: ({ world }) => !profileNamed(world, TEMPORARY),
    },
  ],
};

// ——— 4. One colleague leaves, another comes back ———
function leaveSetup(world: World): World {
  const known = registered(registered(world, 'els'), 'pieter');
  const { world: withSocial, id } = withProfile(known, SOCIAL_WORK);
  const withPieter = withAssignment(withSocial, 'pieter', [id]);
  const away = deactivateUser(withPieter, 'els', HERSTAPPE);
  return loggedIn(away.ok ? away.world : withPieter, 'lotte', 'primawebBeheer');
}
const socialId = (ctx: StepContext) => profileIdOf(ctx.world, SOCIAL_WORK) ?? '';

export const deactivateExercise: Scenario = {
  id: 'toets-profielen-deactiveren',
  title: text('sc.tests.profielen.toets-profielen-deactiveren.title'),
  summary: text('sc.tests.profielen.toets-profielen-deactiveren.summary', { socialWork: SOCIAL_WORK }),
  outro: text('sc.tests.profielen.toets-profielen-deactiveren.outro'),
  prepare: leaveSetup,
  startPage: IN_PRIMAWEB,
  goals: [
    {
      id: 'pieter-inactive',
      label: text('sc.tests.profielen.pieter-inactive.label'),
      holds: (world) => inactiveUsers(world, HERSTAPPE).some((u) => u.person.id === 'pieter'),
    },
    {
      id: 'els-back',
      label: text('sc.tests.profielen.els-back.label', { socialWork: SOCIAL_WORK }),
      holds: (world) => active(world, 'els') && holds(world, 'els', SOCIAL_WORK),
    },
  ],
  steps: [
    managementStep,
    {
      id: 'deactivate',
      narration: text('sc.tests.profielen.deactivate.narration'),
      hint: text('sc.tests.profielen.deactivate.hint'),
      target: 'pw-deactivate-pieter',
      expects: anyOf(is('pw.deactivateUser', (i) => i.personId === 'pieter'), is('pw.confirmDeactivate')),
      perform: () => [{ type: 'pw.deactivateUser', personId: 'pieter' }, { type: 'pw.confirmDeactivate' }],
      isDone: ({ world }) => inactiveUsers(world, HERSTAPPE).some((u) => u.person.id === 'pieter'),
    },
    {
      id: 'reactivate',
      narration: text('sc.tests.profielen.reactivate.narration'),
      hint: text('sc.tests.profielen.reactivate.hint'),
      target: 'pw-inactive-toggle',
      expects: anyOf(is('pw.showInactive'), is('pw.back'), is('pw.reactivateUser', (i) => i.personId === 'els')),
      perform: () => [{ type: 'pw.showInactive' }, { type: 'pw.reactivateUser', personId: 'els' }],
      isDone: ({ world }) => active(world, 'els'),
    },
    assignAllStep(
      'assign',
      'els',
      text('sc.tests.profielen.assign.narration2', { socialWork: SOCIAL_WORK }),
      text('sc.tests.profielen.assign.hint2', { socialWork: SOCIAL_WORK }),
      socialId,
      ({ world }) => holds(world, 'els', SOCIAL_WORK),
    ),
  ],
};

export const PROFILE_EXERCISES: readonly Scenario[] = [createProfileExercise, assignProfileExercise, deleteProfileExercise, deactivateExercise];
