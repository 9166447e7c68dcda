/**
 * "Toets: beheer van de profielen" (000): other profiles and other colleagues than the practice
 * scenarios — a profile from "Financiële beheerder / Ontvanger" less one function, a profile given
 * to Els Mertens who sees it after her own login, a profile deleted that is still held, a colleague
 * deactivated and another reactivated with a profile.
 */
import { predefinedFunctions } from '../../../domain/predefined-profiles';
import { activeUsers, createProfile, deactivateUser, inactiveUsers, userProfiles } from '../../../world/access';
import { HERSTAPPE } from '../../../world/seed';
import type { Localised, World } from '../../../world/types';
import type { Scenario, StepContext } from '../../scenario';
import { IN_PRIMAWEB, managementStep } from '../access/shared';
import { loggedIn, profileIdOf, registered, SOCIAL_WORK, withAssignment, withProfile } from '../setup';
import { anyOf, editing, is, loginStepsFor } from '../steps';
import { L } from './shared';

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const profileNamed = (world: World, d: Localised) => world.profiles.find((p) => p.kbo === HERSTAPPE && sameText(p.description.nl, d.nl));
const idOf = (d: Localised) => (ctx: StepContext) => profileNamed(ctx.world, d)?.id ?? '';
/** Removes a profile (and who holds it) so the exercise starts without it. */
const withoutProfile = (world: World, d: Localised): World => {
  const p = profileNamed(world, d);
  return p ? { ...world, profiles: world.profiles.filter((x) => x !== p), assignments: world.assignments.filter((a) => a.profileId !== p.id) } : world;
};
const active = (world: World, personId: string) => activeUsers(world, HERSTAPPE).some((u) => u.person.id === personId);
const holds = (world: World, personId: string, d: Localised) => userProfiles(world, personId, HERSTAPPE).some((p) => sameText(p.description.nl, d.nl));

// ——— 1. A profile from a predefined one, less one function ———
const RECEIVER: Localised = L('Ontvanger zonder KSZ-stromen', 'Receveur sans flux BCSS');
const DROPPED = 'dossiersSchulden.kszStromen';
const RECEIVER_FUNCTIONS = predefinedFunctions('financieelBeheerder').filter((f) => f !== DROPPED);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export const createProfileExercise: Scenario = {
  id: 'toets-profielen-creeren',
  title: L('Een profiel maken uit een voorgedefinieerd profiel, min één functie', "Créer un profil à partir d'un profil prédéfini, moins une fonction"),
  summary: L(
    `Lotte is aangemeld als PrimaWeb beheer. Maak het profiel "${RECEIVER.nl}" (in het Frans "${RECEIVER.fr}") met de functies van het voorgedefinieerde profiel "Financiële beheerder / Ontvanger", behalve "KSZ-stromen raadplegen voor een schuld".`,
    `Lotte est connectée en tant que Gestion PrimaWeb. Créez le profil « ${RECEIVER.fr} » (en néerlandais « ${RECEIVER.nl} ») avec les fonctions du profil prédéfini « Directeur financier / Receveur », sauf « Consulter les flux BCSS pour une dette ».`,
  ),
  outro: L('Het profiel staat in de lijst van de profielen.', 'Le profil figure dans la liste des profils.'),
  prepare: (world) => withoutProfile(loggedIn(world, 'lotte', 'primawebBeheer'), RECEIVER),
  startPage: IN_PRIMAWEB,
  goals: [
    {
      id: 'created',
      label: L(`Het profiel "${RECEIVER.nl}" bestaat, met een Nederlandse en een Franse beschrijving.`, `Le profil « ${RECEIVER.fr} » existe, avec une description en néerlandais et en français.`),
      holds: (world) => !!profileNamed(world, RECEIVER) && sameText(profileNamed(world, RECEIVER)!.description.fr, RECEIVER.fr),
    },
    {
      id: 'functions',
      label: L(
        'Het heeft de functies van "Financiële beheerder / Ontvanger", zonder "KSZ-stromen raadplegen voor een schuld".',
        'Il a les fonctions de « Directeur financier / Receveur », sans « Consulter les flux BCSS pour une dette ».',
      ),
      holds: (world) => sameSet(profileNamed(world, RECEIVER)?.functions ?? [], RECEIVER_FUNCTIONS),
    },
  ],
  steps: [
    managementStep,
    {
      id: 'create',
      narration: L('Klik op "Een profiel creëren".', 'Cliquez sur « Créer un profil ».'),
      hint: L('Klik op "Een profiel creëren".', 'Cliquez sur « Créer un profil ».'),
      target: 'pw-create',
      expects: is('pw.createProfile'),
      perform: () => ({ type: 'pw.createProfile' }),
      isDone: ({ primaweb }) => primaweb.matches('editor'),
    },
    {
      id: 'describe',
      narration: L('Vul beide beschrijvingen in.', 'Complétez les deux descriptions.'),
      hint: L(`Typ "${RECEIVER.nl}" (Nederlands) en "${RECEIVER.fr}" (Frans).`, `Tapez « ${RECEIVER.nl} » (néerlandais) et « ${RECEIVER.fr} » (français).`),
      target: 'pw-description',
      expects: editing,
      perform: () => [
        { type: 'pw.setDescription', locale: 'nl', text: RECEIVER.nl },
        { type: 'pw.setDescription', locale: 'fr', text: RECEIVER.fr },
      ],
      isDone: ({ primaweb }) => primaweb.matches('editor') && sameText(primaweb.context.draft.description.nl, RECEIVER.nl) && sameText(primaweb.context.draft.description.fr, RECEIVER.fr),
    },
    {
      id: 'predefined',
      narration: L('Kies het voorgedefinieerde profiel en vink de functies aan.', 'Choisissez le profil prédéfini et cochez les fonctions.'),
      hint: L('Kies "Financiële beheerder / Ontvanger" en klik op "Functies aanvinken".', 'Choisissez « Directeur financier / Receveur » et cliquez sur « Cocher les fonctions ».'),
      target: 'pw-functions',
      expects: editing,
      perform: () => ({ type: 'pw.applyPredefined', profile: 'financieelBeheerder' }),
      isDone: ({ primaweb }) => primaweb.matches('editor') && RECEIVER_FUNCTIONS.every((f) => primaweb.context.draft.functions.includes(f)),
    },
    {
      id: 'untick',
      narration: L('Vink de functie uit die het profiel niet mag hebben.', 'Décochez la fonction que le profil ne doit pas avoir.'),
      hint: L('Vink "KSZ-stromen raadplegen voor een schuld" uit (blok "Dossiers schulden").', 'Décochez « Consulter les flux BCSS pour une dette » (bloc « Dossiers dettes »).'),
      target: 'pw-functions',
      expects: editing,
      perform: () => ({ type: 'pw.toggleFunction', functionId: DROPPED }),
      isDone: ({ primaweb }) => primaweb.matches('editor') && !primaweb.context.draft.functions.includes(DROPPED),
    },
    {
      id: 'save',
      narration: L('Klik op "Bewaren".', 'Cliquez sur « Enregistrer ».'),
      hint: L('Klik op "Bewaren".', 'Cliquez sur « Enregistrer ».'),
      target: 'pw-save',
      expects: anyOf(editing, is('pw.saveProfile'), is('pw.saveAnyway'), is('pw.completeAndSave'), is('pw.cancel')),
      perform: () => ({ type: 'pw.saveProfile' }),
      isDone: ({ world }) => !!profileNamed(world, RECEIVER),
    },
  ],
};

// ——— 2. A profile given to Els, who sees it after her own login ———
const DEBTS: Localised = L('Schuldhulpverlening', 'Médiation de dettes');

function debtsSetup(world: World): World {
  const known = registered(world, 'els');
  const created = createProfile(withoutProfile(known, DEBTS), HERSTAPPE, { description: DEBTS, functions: predefinedFunctions('financieelBeheerder') });
  const withDebts = created.ok ? created.world : known;
  return loggedIn(withAssignment(withDebts, 'els', []), 'lotte', 'primawebBeheer');
}
const debtsId = idOf(DEBTS);

export const assignProfileExercise: Scenario = {
  id: 'toets-profielen-toekennen',
  title: L('Een profiel toekennen dat de collega na aanmelding ziet', 'Attribuer un profil que la collègue voit après sa connexion'),
  summary: L(
    `Lotte is aangemeld als PrimaWeb beheer. Ken het profiel "${DEBTS.nl}" toe aan Els Mertens, en zorg dat Els het ziet: meld u daarna aan als Els (haar kaart, pincode 6802), als Sociale Agent.`,
    `Lotte est connectée en tant que Gestion PrimaWeb. Attribuez le profil « ${DEBTS.fr} » à Els Mertens, et faites en sorte qu'Els le voie : connectez-vous ensuite en tant qu'Els (sa carte, code PIN 6802), en tant qu'Agent social.`,
  ),
  outro: L('Els ziet haar nieuwe profiel.', 'Els voit son nouveau profil.'),
  prepare: debtsSetup,
  startPage: IN_PRIMAWEB,
  goals: [
    {
      id: 'assigned',
      label: L(`Els Mertens heeft het profiel "${DEBTS.nl}".`, `Els Mertens a le profil « ${DEBTS.fr} ».`),
      holds: (world) => holds(world, 'els', DEBTS),
    },
    {
      id: 'sees',
      label: L(`Els is opnieuw aangemeld als Sociale Agent en haar sessie bevat "${DEBTS.nl}".`, `Els s'est reconnectée en tant qu'Agent social et sa session contient « ${DEBTS.fr} ».`),
      holds: (world) => world.session?.personId === 'els' && world.session.role === 'socialeAgent' && world.session.profiles.some((p) => sameText(p.description.nl, DEBTS.nl)),
    },
  ],
  steps: [
    managementStep,
    {
      id: 'assign',
      narration: L('Klik op "Profielen toekennen" naast Els Mertens.', 'Cliquez sur « Attribuer des profils » à côté d\'Els Mertens.'),
      hint: L('Klik op "Profielen toekennen" in de rij van Mertens Els.', 'Cliquez sur « Attribuer des profils » dans la ligne de Mertens Els.'),
      target: 'pw-assign-els',
      expects: is('pw.assignProfiles', (i) => i.personId === 'els'),
      perform: () => ({ type: 'pw.assignProfiles', personId: 'els' }),
      isDone: ({ primaweb }) => primaweb.matches({ management: 'assign' }) && primaweb.context.personId === 'els',
    },
    {
      id: 'tick',
      narration: L(`Vink "${DEBTS.nl}" aan en klik op "Bewaren".`, `Cochez « ${DEBTS.fr} » et cliquez sur « Enregistrer ».`),
      hint: L(`Vink "${DEBTS.nl}" aan, dan "Bewaren".`, `Cochez « ${DEBTS.fr} », puis « Enregistrer ».`),
      target: 'pw-assign-window',
      expects: anyOf(is('pw.toggleAssignment'), is('pw.saveAssignment')),
      perform: (ctx) => [{ type: 'pw.toggleAssignment', profileId: debtsId(ctx) }, { type: 'pw.saveAssignment' }],
      isDone: ({ world, primaweb }) => holds(world, 'els', DEBTS) && !primaweb.matches({ management: 'assign' }),
    },
    {
      id: 'logout',
      narration: L('Meld u volledig af.', 'Déconnectez-vous complètement.'),
      hint: L('Klik op "Afmelden": Els ziet het profiel pas na een nieuwe aanmelding.', 'Cliquez sur « Se déconnecter » : Els ne voit le profil qu\'après une nouvelle connexion.'),
      target: 'pw-logout',
      expects: is('logout'),
      perform: () => ({ type: 'logout' }),
      isDone: ({ world, login }) => world.session === null && !login.matches('primaweb'),
    },
    {
      id: 'card',
      narration: L('Steek de kaart van Els in de kaartlezer.', 'Insérez la carte d\'Els dans le lecteur.'),
      hint: L('Kaartlezer: "Kaarten" → Els Mertens → "Kaart insteken".', 'Lecteur : « Cartes » → Els Mertens → « Insérer la carte ».'),
      target: 'reader',
      expects: is('reader.insert', (i) => i.personId === 'els'),
      perform: () => ({ type: 'reader.insert', personId: 'els' }),
      isDone: ({ world }) => world.readerCardId === 'els',
    },
    ...loginStepsFor('els', '6802', 'Els Mertens', { prefix: 'els', role: 'socialeAgent' }),
  ],
};

// ——— 3. Deleting a profile that is still held ———
const TEMPORARY: Localised = L('Jobstudent', 'Étudiant jobiste');

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
  title: L('Een profiel verwijderen dat nog toegekend is', 'Supprimer un profil encore attribué'),
  summary: L(
    `Lotte is aangemeld als PrimaWeb beheer. Het profiel "${TEMPORARY.nl}" is niet meer nodig: verwijder het. Els Mertens behoudt haar profiel "${SOCIAL_WORK.nl}".`,
    `Lotte est connectée en tant que Gestion PrimaWeb. Le profil « ${TEMPORARY.fr} » n'est plus nécessaire : supprimez-le. Els Mertens garde son profil « ${SOCIAL_WORK.fr} ».`,
  ),
  outro: L('Het profiel is verwijderd.', 'Le profil est supprimé.'),
  prepare: temporarySetup,
  startPage: IN_PRIMAWEB,
  goals: [
    { id: 'deleted', label: L(`Het profiel "${TEMPORARY.nl}" bestaat niet meer.`, `Le profil « ${TEMPORARY.fr} » n'existe plus.`), holds: (world) => !profileNamed(world, TEMPORARY) },
    {
      id: 'kept',
      label: L(`Els Mertens is nog actief en heeft nog het profiel "${SOCIAL_WORK.nl}".`, `Els Mertens est toujours active et a toujours le profil « ${SOCIAL_WORK.fr} ».`),
      // Only once the profile is gone: what was kept is judged at the end.
      holds: (world) => !profileNamed(world, TEMPORARY) && active(world, 'els') && holds(world, 'els', SOCIAL_WORK),
    },
  ],
  steps: [
    managementStep,
    {
      id: 'delete',
      narration: L(`Klik op "Weglaten" naast "${TEMPORARY.nl}".`, `Cliquez sur « Supprimer » à côté de « ${TEMPORARY.fr} ».`),
      hint: L(`Klik op "Weglaten" in de rij van "${TEMPORARY.nl}" en bevestig met "OK".`, `Cliquez sur « Supprimer » dans la ligne « ${TEMPORARY.fr} » et confirmez avec « OK ».`),
      target: (ctx) => `pw-delete-${temporaryId(ctx)}`,
      expects: anyOf((i, ctx) => i.type === 'pw.deleteProfile' && i.profileId === temporaryId(ctx), is('pw.confirmDelete'), is('pw.cancel')),
      perform: (ctx) => [{ type: 'pw.deleteProfile', profileId: temporaryId(ctx) }, { type: 'pw.confirmDelete' }, { type: 'pw.cancel' }],
      isDone: ({ primaweb }) => primaweb.matches({ management: 'overview' }),
    },
    {
      id: 'untick',
      narration: L('Het profiel is nog toegekend: neem het eerst af bij Els.', "Le profil est encore attribué : retirez-le d'abord à Els."),
      hint: L(`"Profielen toekennen" naast Mertens Els, vink "${TEMPORARY.nl}" uit, "Bewaren".`, `« Attribuer des profils » à côté de Mertens Els, décochez « ${TEMPORARY.fr} », « Enregistrer ».`),
      target: 'pw-assign-els',
      expects: anyOf(is('pw.assignProfiles', (i) => i.personId === 'els'), is('pw.toggleAssignment'), is('pw.saveAssignment')),
      perform: (ctx) => [{ type: 'pw.assignProfiles', personId: 'els' }, { type: 'pw.toggleAssignment', profileId: temporaryId(ctx) }, { type: 'pw.saveAssignment' }],
      isDone: (ctx) => !ctx.world.assignments.some((a) => a.profileId === temporaryId(ctx)) && ctx.primaweb.matches({ management: 'overview' }),
    },
    {
      id: 'delete-again',
      narration: L('Verwijder het profiel nu.', 'Supprimez maintenant le profil.'),
      hint: L(`Klik op "Weglaten" naast "${TEMPORARY.nl}" en bevestig met "OK".`, `Cliquez sur « Supprimer » à côté de « ${TEMPORARY.fr} » et confirmez avec « OK ».`),
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
  title: L('Een collega deactiveren, een andere reactiveren', 'Désactiver un collègue, en réactiver une autre'),
  summary: L(
    `Lotte is aangemeld als PrimaWeb beheer. Pieter Claes heeft het OCMW verlaten: deactiveer hem. Els Mertens is terug van verlof: reactiveer haar en ken haar het profiel "${SOCIAL_WORK.nl}" toe.`,
    `Lotte est connectée en tant que Gestion PrimaWeb. Pieter Claes a quitté le CPAS : désactivez-le. Els Mertens est de retour de congé : réactivez-la et attribuez-lui le profil « ${SOCIAL_WORK.fr} ».`,
  ),
  outro: L('Pieter is inactief; Els is actief met haar profiel.', 'Pieter est inactif ; Els est active avec son profil.'),
  prepare: leaveSetup,
  startPage: IN_PRIMAWEB,
  goals: [
    {
      id: 'pieter-inactive',
      label: L('Pieter Claes staat bij de inactieve gebruikers.', 'Pieter Claes figure parmi les utilisateurs inactifs.'),
      holds: (world) => inactiveUsers(world, HERSTAPPE).some((u) => u.person.id === 'pieter'),
    },
    {
      id: 'els-back',
      label: L(`Els Mertens is actief en heeft het profiel "${SOCIAL_WORK.nl}".`, `Els Mertens est active et a le profil « ${SOCIAL_WORK.fr} ».`),
      holds: (world) => active(world, 'els') && holds(world, 'els', SOCIAL_WORK),
    },
  ],
  steps: [
    managementStep,
    {
      id: 'deactivate',
      narration: L('Deactiveer Pieter Claes.', 'Désactivez Pieter Claes.'),
      hint: L('Klik op "Deactiveren" in de rij van Claes Pieter en bevestig met "OK".', 'Cliquez sur « Désactiver » dans la ligne de Claes Pieter et confirmez avec « OK ».'),
      target: 'pw-deactivate-pieter',
      expects: anyOf(is('pw.deactivateUser', (i) => i.personId === 'pieter'), is('pw.confirmDeactivate')),
      perform: () => [{ type: 'pw.deactivateUser', personId: 'pieter' }, { type: 'pw.confirmDeactivate' }],
      isDone: ({ world }) => inactiveUsers(world, HERSTAPPE).some((u) => u.person.id === 'pieter'),
    },
    {
      id: 'reactivate',
      narration: L('Reactiveer Els Mertens.', 'Réactivez Els Mertens.'),
      hint: L('Klik op het groene vergrootglas "Inactieve gebruikers", dan op "Reactiveren" naast Mertens Els.', 'Cliquez sur la loupe verte « Utilisateurs inactifs », puis sur « Réactiver » à côté de Mertens Els.'),
      target: 'pw-inactive-toggle',
      expects: anyOf(is('pw.showInactive'), is('pw.back'), is('pw.reactivateUser', (i) => i.personId === 'els')),
      perform: () => [{ type: 'pw.showInactive' }, { type: 'pw.reactivateUser', personId: 'els' }],
      isDone: ({ world }) => active(world, 'els'),
    },
    {
      id: 'assign',
      narration: L(`Ken Els het profiel "${SOCIAL_WORK.nl}" toe.`, `Attribuez à Els le profil « ${SOCIAL_WORK.fr} ».`),
      hint: L(`"Profielen toekennen" naast Mertens Els, vink "${SOCIAL_WORK.nl}" aan, "Bewaren".`, `« Attribuer des profils » à côté de Mertens Els, cochez « ${SOCIAL_WORK.fr} », « Enregistrer ».`),
      target: 'pw-assign-els',
      expects: anyOf(is('pw.assignProfiles', (i) => i.personId === 'els'), is('pw.toggleAssignment'), is('pw.saveAssignment')),
      perform: (ctx) => [{ type: 'pw.assignProfiles', personId: 'els' }, { type: 'pw.toggleAssignment', profileId: socialId(ctx) }, { type: 'pw.saveAssignment' }],
      isDone: ({ world }) => holds(world, 'els', SOCIAL_WORK),
    },
  ],
};

export const PROFILE_EXERCISES: readonly Scenario[] = [createProfileExercise, assignProfileExercise, deleteProfileExercise, deactivateExercise];
