/** "Een profiel creëren met een voorgedefinieerd profiel" (000). */
import { text } from '../../../i18n/text';
import type { Scenario } from '../../scenario';
import { loggedIn, profileIdOf, SOCIAL_WORK } from '../setup';
import { createStep, describeStep, IN_PRIMAWEB, managementStep, predefinedStep, saveProfileStep } from './shared';
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
    createStep(text('sc.access.create-profile.create.narration')),
    describeStep(SOCIAL_WORK, text('sc.access.create-profile.describe.narration'), text('sc.access.create-profile.describe.hint'), (nl, fr) => nl.trim() !== '' && fr.trim() !== ''),
    predefinedStep('maatschappelijkWerker', text('sc.access.create-profile.predefined.narration'), text('sc.access.create-profile.predefined.hint')),
    saveProfileStep(text('sc.access.create-profile.save.narration'), ({ world, primaweb }) => primaweb.matches('management') && profileIdOf(world, SOCIAL_WORK) !== undefined),
  ],
};
