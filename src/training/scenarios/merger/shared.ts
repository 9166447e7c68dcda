/** What the merger exercises share: the new OCMW's accounts as RSZ copied them. */
import type { Localised, World } from '../../../world/types';
import { MERELBEKE_MELLE, MERGER_ENTERPRISES, MERGER_TB_USERS } from '../../../world/seed-mergers';
import { accountsAsDelivered, cardInReader } from '../setup';

export const L = (nl: string, fr: string): Localised => ({ nl, fr });

/** The new OCMW's accounts as RSZ copied them, Karen (its Hoofdtoegangsbeheerder) with her card in the reader. */
export function newAccountsAsCopied(world: World): World {
  const managers = MERGER_ENTERPRISES.find((m) => m.kbo === MERELBEKE_MELLE)?.accessManagers ?? [];
  return cardInReader(accountsAsDelivered(world, MERELBEKE_MELLE, MERGER_TB_USERS, managers), 'karen');
}
