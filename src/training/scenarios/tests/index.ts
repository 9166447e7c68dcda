/**
 * The exercises of the tests ("Toets: …"): scenarios with goals (and sometimes a question), done
 * without guidance. They are not practice scenarios: the panel's list never shows them (they live
 * here, not in SCENARIOS), but the runner can run them. Their data differ from the practice
 * scenarios' (another person, code, date, profile), so memorised clicks do not pass.
 */
import type { Scenario } from '../../scenario';
import { LOGIN_EXERCISES } from './aanmelden';
import { PROFILE_EXERCISES } from './profielen';
import { INTEGRATION_EXERCISES } from './integraties';
import { APPLICATION_EXERCISES } from './toepassingen';
import { MERGER_2_EXERCISES, MERGER_3_EXERCISES } from './fusies';

export const TEST_EXERCISES: readonly Scenario[] = [
  ...LOGIN_EXERCISES,
  ...PROFILE_EXERCISES,
  ...INTEGRATION_EXERCISES,
  ...APPLICATION_EXERCISES,
  ...MERGER_2_EXERCISES,
  ...MERGER_3_EXERCISES,
];
