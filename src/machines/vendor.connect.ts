/**
 * What the simulated software vendor's desk shows (ChaMan, issue 14.2): the delegation requests
 * still waiting for an answer, each with the OCMW that sent it. The desk only renders them and
 * sends sim.answerDelegation.
 */
import { pendingDelegations } from '../world/chaman';
import { enterpriseByKbo } from '../world/primaweb';
import type { WorldText } from '../i18n/locales';
import type { DelegationRequest, World } from '../world/types';

export interface VendorRequest {
  kbo: string;
  request: DelegationRequest;
  /** The OCMW's name in running text; null for a KBO number the world does not know. */
  enterprise: WorldText | null;
}

export const connectVendorDesk = (world: World): VendorRequest[] =>
  pendingDelegations(world).map(({ kbo, request }) => ({ kbo, request, enterprise: enterpriseByKbo(world, kbo)?.displayName ?? null }));
