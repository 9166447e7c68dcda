/** "Een profiel creëren met een voorgedefinieerd profiel" (000). */
import { text } from '../../../i18n/text';
import { predefinedFunctions } from '../../../domain/predefined-profiles';
import type { Scenario } from '../../scenario';
import { loggedIn, profileIdOf, SOCIAL_WORK } from '../setup';
import { anyOf, editing, is } from '../steps';
import { IN_PRIMAWEB, managementStep } from './shared';
import { TITLES } from '../../titles';

export const createProfileScenario: Scenario = {
  id: 'profiel-creeren',
  title: TITLES['profiel-creeren'],
  summary: text('sc.access.create-profile.profiel-creeren.summary'),
  outro: text('sc.access.create-profile.profiel-creeren.outro'),
  // The exercise's profile must not exist yet.
  prepare: (world) => {
    const ready = loggedIn(world, 'lotte', 'primawebBeheer');
    const id = profileIdOf(ready, SOCIAL_WORK);
    return id ? { ...ready, assignments: ready.assignments.filter((a) => a.profileId !== id), profiles: ready.profiles.filter((p) => p.id !== id) } : ready;
  },
  startPage: IN_PRIMAWEB,
  steps: [
    managementStep,
    {
      id: 'create',
      narration: text('sc.access.create-profile.create.narration'),
      hint: text('sc.access.create-profile.create.hint'),
      target: 'pw-create',
      expects: is('pw.createProfile'),
      perform: () => ({ type: 'pw.createProfile' }),
      isDone: ({ primaweb }) => primaweb.matches('editor'),
    },
    {
      id: 'describe',
      narration: text('sc.access.create-profile.describe.narration'),
      hint: text('sc.access.create-profile.describe.hint'),
      target: 'pw-description',
      expects: editing,
      perform: () => [
        { type: 'pw.setDescription', locale: 'nl', text: SOCIAL_WORK.nl },
        { type: 'pw.setDescription', locale: 'fr', text: SOCIAL_WORK.fr },
      ],
      isDone: ({ primaweb }) => primaweb.matches('editor') && primaweb.context.draft.description.nl.trim() !== '' && primaweb.context.draft.description.fr.trim() !== '',
    },
    {
      id: 'predefined',
      narration: text('sc.access.create-profile.predefined.narration'),
      hint: text('sc.access.create-profile.predefined.hint'),
      target: 'pw-functions',
      expects: editing,
      perform: () => ({ type: 'pw.applyPredefined', profile: 'maatschappelijkWerker' }),
      isDone: ({ primaweb }) =>
        primaweb.matches('editor') && predefinedFunctions('maatschappelijkWerker').every((f) => primaweb.context.draft.functions.includes(f)),
    },
    {
      id: 'save',
      narration: text('sc.access.create-profile.save.narration'),
      hint: text('sc.access.create-profile.save.hint'),
      target: 'pw-save',
      expects: anyOf(editing, is('pw.saveProfile'), is('pw.saveAnyway'), is('pw.completeAndSave'), is('pw.cancel')),
      perform: () => ({ type: 'pw.saveProfile' }),
      isDone: ({ world, primaweb }) => primaweb.matches('management') && profileIdOf(world, SOCIAL_WORK) !== undefined,
    },
  ],
};
