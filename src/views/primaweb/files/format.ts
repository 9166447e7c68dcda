/** How the files' screens write periods and people. */
import { t } from '../../../i18n/i18n.svelte';
import { displayDate } from '../../../domain/dates';
import type { Period } from '../../../domain/periods';
import { clientById } from '../../../world/clients';
import type { World } from '../../../world/types';

/** "01/12/2014 – 31/12/2014", or "vanaf 01/01/2015" for an open-ended period. */
export function periodText(p: Period): string {
  return p.end ? `${displayDate(p.start)} – ${displayDate(p.end)}` : t('files.period.open', { start: displayDate(p.start) });
}

/** "Peeters Tom", as PrimaWeb's lists write names. */
export function clientName(world: World, clientId: string): string {
  const c = clientById(world, clientId);
  return c ? `${c.lastName} ${c.firstName}` : clientId;
}
