/** A real moment (ISO) as the learner reads it: Belgian date and time in their language. */
import type { Locale } from '../../i18n/locales';

export function formatMoment(iso: string, locale: Locale): { date: string; time: string } {
  const at = new Date(iso);
  const tag = `${locale}-BE`;
  return {
    date: new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(at),
    time: new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' }).format(at),
  };
}
