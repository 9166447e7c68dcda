/** "De gebruikers exporteren (.csv), Excel": a real CSV file of the listed users, downloaded by the browser. */
import { t, tKey } from '../../i18n/i18n.svelte';
import { toCsv } from '../../domain/csv';
import { formatInsz } from '../../domain/insz';
import type { TbUser, World } from '../../world/types';

export function usersCsv(users: readonly TbUser[]): string {
  const header = [t('tb.col.lastName'), t('tb.col.firstName'), t('tb.col.username'), t('tb.col.type'), t('tb.col.insz'), t('tb.col.status'), t('tb.form.applications')];
  const rows = users.map((u) => [
    u.lastName,
    u.firstName,
    u.username,
    t(`tb.type.${u.type}`),
    formatInsz(u.insz),
    t(`tb.status.${u.status}`),
    u.applications.map((a) => tKey(`tb.app.${a}`)).join(', '),
  ]);
  return toCsv([header, ...rows]);
}

export function downloadUsersCsv(world: World, kbo: string, users: readonly TbUser[]): void {
  const blob = new Blob([usersCsv(users)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `gebruikers-${kbo}-${world.today}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
