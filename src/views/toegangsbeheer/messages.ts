/** Toegangsbeheer's notices and field errors, in the learner's language. */
import { t, tKey } from '../../i18n/i18n.svelte';
import type { TbFormError } from '../../domain/toegangsbeheer';
import type { TbNotice } from '../../machines/toegangsbeheer.machine';

const INSZ_ERRORS = ['empty', 'length', 'characters', 'checksum', 'date'];

export function noticeText(notice: TbNotice): string {
  switch (notice.kind) {
    case 'done':
      return tKey(`tb.done.${notice.action}`, { count: notice.count });
    case 'added':
      return tKey(`tb.added.${notice.as}`, { username: notice.username });
    case 'refused':
      return INSZ_ERRORS.includes(notice.error) ? tKey(`tb.error.insz.${notice.error}`) : tKey(`tb.error.${notice.error}`);
  }
}

export function formErrorText(error: TbFormError): string {
  if (error.field === 'insz') return tKey(`tb.error.insz.${error.error}`);
  return tKey(`tb.error.${error.field}.${error.error}`) || t('oc.error.required');
}
