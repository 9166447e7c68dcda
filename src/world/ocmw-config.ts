/**
 * OCMW-configuratie's back end: what each OCMW told the POD MI. An OCMW that never saved anything
 * has the defaults (every mutation type selected, nothing else filled in). Each save checks the
 * document's rules first; a refused save changes nothing ("Anders worden uw gegevens niet opgeslagen").
 */
import { checkContactDetails, checkProviders, MUTATION_CODES, type ContactDetails, type TechnicalProviders } from '../domain/ocmw-config';
import { checkNotifications, checkReminders, type NotificationSettings, type ReminderSettings } from '../domain/ocmw-online';
import type { OcmwConfig, World } from './types';
import type { Command } from './result';

const noContact = { lastName: '', firstName: '', email: '', phone: '' };

export function defaultOcmwConfig(kbo: string): OcmwConfig {
  return {
    kbo,
    mutations: [...MUTATION_CODES],
    providers: {
      network: '',
      networkOther: '',
      vendors: [],
      programs: [],
      programsNote: '',
      technicalContact: { ...noContact },
      testContact: { ...noContact },
      remarks: '',
    },
    contact: null,
    notifications: { enabled: false, email: '' },
    reminders: { enabled: false, email: '', delay: '', frequency: '' },
  };
}

export const ocmwConfigOf = (world: World, kbo: string): OcmwConfig => world.ocmwConfigs.find((c) => c.kbo === kbo) ?? defaultOcmwConfig(kbo);

function save(world: World, kbo: string, change: Partial<OcmwConfig>): World {
  const next = { ...ocmwConfigOf(world, kbo), ...change };
  return { ...world, ocmwConfigs: [...world.ocmwConfigs.filter((c) => c.kbo !== kbo), next] };
}

/** A save's answer: the common command result (result.ts), errors at the form's fields. */
export type ConfigResult<E> = Command<E>;

/** "Bewaren" on Mutaties: the selection holds for the whole OCMW. Unknown codes are refused. */
export function saveMutations(world: World, kbo: string, codes: readonly string[]): ConfigResult<{ unknown: string[] }> {
  const unknown = codes.filter((c) => !MUTATION_CODES.includes(c));
  if (unknown.length > 0) return { ok: false, errors: { unknown } };
  // Kept in the table's order, whatever the order of ticking.
  return { ok: true, world: save(world, kbo, { mutations: MUTATION_CODES.filter((c) => codes.includes(c)) }) };
}

export function saveProviders(world: World, kbo: string, providers: TechnicalProviders): ConfigResult<ReturnType<typeof checkProviders>> {
  const errors = checkProviders(providers);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const trimmed = (p: TechnicalProviders['technicalContact']) => ({ lastName: p.lastName.trim(), firstName: p.firstName.trim(), email: p.email.trim(), phone: p.phone.trim() });
  return {
    ok: true,
    world: save(world, kbo, {
      providers: {
        ...providers,
        networkOther: providers.network === 'Andere' ? providers.networkOther.trim() : '',
        vendors: [...providers.vendors],
        programs: [...providers.programs],
        technicalContact: trimmed(providers.technicalContact),
        testContact: trimmed(providers.testContact),
      },
    }),
  };
}

export function saveContact(world: World, kbo: string, contact: ContactDetails): ConfigResult<ReturnType<typeof checkContactDetails>> {
  const errors = checkContactDetails(contact);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const t = (v: string) => v.trim();
  return {
    ok: true,
    world: save(world, kbo, {
      contact: {
        street: { nl: t(contact.street.nl), fr: t(contact.street.fr), de: t(contact.street.de) },
        number: t(contact.number),
        box: t(contact.box),
        postcode: t(contact.postcode),
        city: { nl: t(contact.city.nl), fr: t(contact.city.fr), de: t(contact.city.de) },
        phone: t(contact.phone),
        email: t(contact.email),
      },
    }),
  };
}

export function saveNotifications(world: World, kbo: string, s: NotificationSettings): ConfigResult<ReturnType<typeof checkNotifications>> {
  const errors = checkNotifications(s);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, world: save(world, kbo, { notifications: { enabled: s.enabled, email: s.email.trim() } }) };
}

export function saveReminders(world: World, kbo: string, s: ReminderSettings): ConfigResult<ReturnType<typeof checkReminders>> {
  const errors = checkReminders(s);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    world: save(world, kbo, { reminders: { enabled: s.enabled, email: s.email.trim(), delay: s.delay.trim(), frequency: s.frequency.trim() } }),
  };
}
