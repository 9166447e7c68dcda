/** What the tests' exercises share. */
import type { Localised } from '../../../world/types';
import type { ScenarioStep } from '../../scenario';
import { anyOf, is } from '../steps';

export const L = (nl: string, fr: string): Localised => ({ nl, fr });

/**
 * "Ambtenaren en andere professionals" and "OCMW's & POD Maatschappelijke Integratie": an exercise
 * that starts on the list of online services still accepts the way there from the portal's home
 * (a learner who went back is not doing anything wrong); both steps are done at once on that list.
 */
export const portalSteps = (prefix: string): ScenarioStep[] => [
  {
    id: `${prefix}-professionals`,
    narration: L('Kies "Ambtenaren en andere professionals".', 'Choisissez « Fonctionnaires et autres professionnels ».'),
    hint: L('Klik op "Ambtenaren en andere professionals".', 'Cliquez sur « Fonctionnaires et autres professionnels ».'),
    target: 'audience-professionals',
    // Back to the portal's home (its menu) is part of the way, not a wrong action.
    expects: anyOf(is('openAudience', (i) => i.audience === 'professionals'), is('navigate', (i) => i.to.page === 'home')),
    perform: () => ({ type: 'openAudience', audience: 'professionals' }),
    isDone: ({ login }) => !login.matches({ portal: 'home' }),
  },
  {
    id: `${prefix}-sector`,
    narration: L('Kies "OCMW\'s & POD Maatschappelijke Integratie".', 'Choisissez « CPAS & SPP Intégration sociale ».'),
    hint: L('Klik op "OCMW\'s & POD Maatschappelijke Integratie".', 'Cliquez sur « CPAS & SPP Intégration sociale ».'),
    target: 'sector-ocmw',
    expects: is('openSector', (i) => i.sector === 'ocmw'),
    perform: () => ({ type: 'openSector', sector: 'ocmw' }),
    isDone: ({ login }) => login.matches({ portal: 'services' }) || login.matches({ portal: 'service' }) || !login.matches('portal'),
  },
];
