/** The messages of OCMW-configuratie's field errors, in the learner's language. */
import { t } from '../../i18n/i18n.svelte';
import type { ContactError } from '../../domain/ocmw-config';
import type { CountError } from '../../domain/ocmw-online';
import type { EmailError } from '../../domain/email';

/** An empty address gets the document's own sentence for the mails that need it. */
export function emailMessage(error: EmailError, mails: 'notifications' | 'reminders' | 'contact'): string {
  if (error === 'format') return t('oc.error.emailFormat');
  return mails === 'notifications' ? t('oc.error.notificationsEmail') : mails === 'reminders' ? t('oc.error.remindersEmail') : t('oc.error.required');
}

export function countMessage(error: CountError): string {
  return error === 'empty' ? t('oc.error.remindersCount') : error === 'notWholeNumber' ? t('oc.error.wholeNumber') : t('oc.error.positive');
}

export function contactMessage(error: ContactError): string {
  switch (error) {
    case 'empty':
      return t('oc.error.required');
    case 'postcode':
      return t('oc.error.postcode');
    case 'phone':
      return t('oc.error.phone');
    case 'format':
      return t('oc.error.emailFormat');
  }
}
