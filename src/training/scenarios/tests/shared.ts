/** What the tests' exercises share. */
import { text } from '../../../i18n/text';
import type { ScenarioStep } from '../../scenario';
import { anyOf, is } from '../steps';


/**
 * "Ambtenaren en andere professionals" and "OCMW's & POD Maatschappelijke Integratie": an exercise
 * that starts on the list of online services still accepts the way there from the portal's home
 * (a learner who went back is not doing anything wrong); both steps are done at once on that list.
 */
export const portalSteps = (prefix: string): ScenarioStep[] => [
  {
    id: `${prefix}-professionals`,
    narration: text('sc.tests.shared.professionals.narration'),
    hint: text('sc.steps.professionals.hint'),
    target: 'audience-professionals',
    // Back to the portal's home (its menu) is part of the way, not a wrong action.
    expects: anyOf(is('openAudience', (i) => i.audience === 'professionals'), is('navigate', (i) => i.to.page === 'home')),
    perform: () => ({ type: 'openAudience', audience: 'professionals' }),
    isDone: ({ login }) => !login.matches({ portal: 'home' }),
  },
  {
    id: `${prefix}-sector`,
    narration: text('sc.steps.sector.narration'),
    hint: text('sc.steps.sector.hint'),
    target: 'sector-ocmw',
    expects: is('openSector', (i) => i.sector === 'ocmw'),
    perform: () => ({ type: 'openSector', sector: 'ocmw' }),
    isDone: ({ login }) => login.matches({ portal: 'services' }) || login.matches({ portal: 'service' }) || !login.matches('portal'),
  },
];
