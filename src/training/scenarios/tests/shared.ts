/** What the tests' exercises share. */
import { text } from '../../../i18n/text';
import type { ScenarioStep } from '../../scenario';
import { anyOf, is, professionalsStep, sectorStep } from '../steps';


/**
 * "Ambtenaren en andere professionals" and "OCMW's & POD Maatschappelijke Integratie": an exercise
 * that starts on the list of online services still accepts the way there from the portal's home
 * (a learner who went back is not doing anything wrong); both steps are done at once on that list.
 */
export const portalSteps = (prefix: string): ScenarioStep[] => [
  professionalsStep(
    `${prefix}-professionals`,
    text('sc.tests.shared.professionals.narration'),
    undefined,
    // Back to the portal's home (its menu) is part of the way, not a wrong action.
    anyOf(is('openAudience', (i) => i.audience === 'professionals'), is('navigate', (i) => i.to.page === 'home')),
  ),
  sectorStep(
    `${prefix}-sector`,
    text('sc.steps.sector.narration'),
    ({ login }) => login.matches({ portal: 'services' }) || login.matches({ portal: 'service' }) || !login.matches('portal'),
  ),
];
