/** What the merger exercises share: the merging OCMWs' accounts as delivered, the new OCMW's as RSZ copied them. */
import type { World } from '../../../world/types';
import { MERGER_ENTERPRISES, MERGER_TB_USERS } from '../../../world/seed-mergers';
import { accountsAsDelivered, cardInReader } from '../setup';

/**
 * The accounts of every OCMW of the merger world as delivered (the new OCMW's as RSZ copied them),
 * so that what one merger exercise changed (a Toegangsbeheerder appointed, a colleague added or
 * removed) is not where another starts.
 */
export const mergerAccountsAsDelivered = (world: World): World =>
  MERGER_ENTERPRISES.reduce((w, e) => accountsAsDelivered(w, e.kbo, MERGER_TB_USERS, e.accessManagers), world);

/** The new OCMW's accounts as RSZ copied them, Karen (its Hoofdtoegangsbeheerder) with her card in the reader. */
export function newAccountsAsCopied(world: World): World {
  return cardInReader(mergerAccountsAsDelivered(world), 'karen');
}
