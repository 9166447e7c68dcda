/** ChaMan's notices and field errors, in the learner's language. */
import { t, tKey } from '../../i18n/i18n.svelte';
import type { ChNotice } from '../../machines/chaman.machine';

export const noticeText = (notice: ChNotice): string => tKey(`ch.notice.${notice}`);

/** One message per broken rule of a field (a list for the username, password and certificate rules). */
export function fieldErrors(error: string | readonly string[] | undefined, field: string): string[] {
  if (!error) return [];
  const rules = typeof error === 'string' ? [error] : error;
  return rules.map((rule) => {
    const key = `ch.error.${field}.${rule}`;
    const text = tKey(key);
    return text === key ? t(rule === 'empty' ? 'ch.error.required' : 'ch.error.invalid') : text;
  });
}
