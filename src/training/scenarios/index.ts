/** Every scenario of the simulator, in the order the scenario panel lists them. */
import type { Scenario } from '../scenario';
import { ACCESS_SCENARIOS } from './access.scenarios';
import { INTEGRATION_SCENARIOS } from './integration.scenarios';
import { loginScenario } from './login.scenario';
import { mutationsScenario, ocmwOnlineScenario } from './ocmw-config.scenarios';
import { addUserScenario } from './toegangsbeheer.scenario';
import { ftpScenario, restScenario } from './chaman.scenarios';
import { mergerAccessScenario } from './merger/access.scenario';
import { mergerAccessCleanUpScenario, mergerAccessUpdateScenario } from './merger/access-own.scenarios';
import { mergerIntegrations2Scenario, mergerIntegrations3Scenario, mergerIntegrationsScenario } from './merger/integrations.scenarios';
import { mergerChamanScenario, mergerOcmwConfigScenario } from './merger/new-kbo.scenarios';

export const SCENARIOS: readonly Scenario[] = [
  loginScenario,
  ...ACCESS_SCENARIOS,
  ...INTEGRATION_SCENARIOS,
  addUserScenario,
  ftpScenario,
  restScenario,
  mutationsScenario,
  ocmwOnlineScenario,
  mergerIntegrationsScenario,
  mergerIntegrations2Scenario,
  mergerIntegrations3Scenario,
  mergerChamanScenario,
  mergerOcmwConfigScenario,
  mergerAccessScenario,
  mergerAccessUpdateScenario,
  mergerAccessCleanUpScenario,
];
