/**
 * OCMW Online settings in OCMW-configuratie (guidelines 004): notification and reminder mails
 * for help requests received through OCMW Online.
 * - "Als het verzenden van notificatiemails is geactiveerd, moet er een e-mailadres worden gedefinieerd."
 * - "Als het verzenden van herinneringsmails is geactiveerd, moet er een e-mailadres worden
 *   gedefinieerd en moeten de vertraging en frequentie op positieve waarden worden ingesteld."
 */
import { checkEmail, type EmailError } from './email';

export interface NotificationSettings {
  enabled: boolean;
  email: string;
}

export interface ReminderSettings {
  enabled: boolean;
  email: string;
  /** "Herinneringstermijn", as typed: calendar days after submission (example: 2). */
  delay: string;
  /** "Herinneringsfrequentie", as typed: every so many calendar days after the first (example: 1). */
  frequency: string;
}

export type CountError = 'empty' | 'notWholeNumber' | 'notPositive';

function checkCount(text: string): CountError | null {
  const t = text.trim();
  if (t === '') return 'empty';
  if (!/^-?\d+$/.test(t)) return 'notWholeNumber';
  return Number(t) > 0 ? null : 'notPositive';
}

export function checkNotifications(s: NotificationSettings): { email?: EmailError } {
  if (!s.enabled) return {};
  const email = checkEmail(s.email);
  return email ? { email } : {};
}

export function checkReminders(s: ReminderSettings): { email?: EmailError; delay?: CountError; frequency?: CountError } {
  if (!s.enabled) return {};
  const errors: { email?: EmailError; delay?: CountError; frequency?: CountError } = {};
  const email = checkEmail(s.email);
  if (email) errors.email = email;
  const delay = checkCount(s.delay);
  if (delay) errors.delay = delay;
  const frequency = checkCount(s.frequency);
  if (frequency) errors.frequency = frequency;
  return errors;
}
