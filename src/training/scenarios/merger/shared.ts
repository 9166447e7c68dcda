/** What the merger exercises share: the new OCMW's accounts as RSZ copied them. */
import type { Localised, World } from '../../../world/types';
import { MERELBEKE_MELLE, MERGER_ENTERPRISES, MERGER_TB_USERS } from '../../../world/seed-mergers';
import { cardInReader } from '../setup';

export const L = (nl: string, fr: string): Localised => ({ nl, fr });

/** The new OCMW's accounts as RSZ copied them, Karen (its Hoofdtoegangsbeheerder) with her card in the reader. */
export function newAccountsAsCopied(world: World): World {
  const copied = MERGER_TB_USERS.filter((u) => u.kbo === MERELBEKE_MELLE).map((u) => ({ ...u, applications: [...u.applications] }));
  const enterprises = world.enterprises.map((e) =>
    e.kbo === MERELBEKE_MELLE ? { ...e, accessManagers: [...(MERGER_ENTERPRISES.find((m) => m.kbo === MERELBEKE_MELLE)?.accessManagers ?? [])] } : e,
  );
  return cardInReader({ ...world, enterprises, tbUsers: [...world.tbUsers.filter((u) => u.kbo !== MERELBEKE_MELLE), ...copied] }, 'karen');
}
