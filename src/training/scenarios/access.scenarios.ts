/**
 * The scenarios of manual 000 ("Beheer van de profielen"), with the manual's own sentences as
 * narration. Each starts logged in to PrimaWeb at OCMW Herstappe, as the manual's screens do.
 */
import type { Scenario } from '../scenario';
import { assignScenario } from './access/assign';
import { createProfileScenario } from './access/create-profile';
import { deactivateScenario } from './access/deactivate';
import { deleteProfileScenario } from './access/delete-profile';
import { myAccessScenario } from './access/my-access';

export const ACCESS_SCENARIOS: readonly Scenario[] = [myAccessScenario, createProfileScenario, assignScenario, deleteProfileScenario, deactivateScenario];
