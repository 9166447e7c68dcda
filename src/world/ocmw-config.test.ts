import { describe, expect, it } from 'vitest';
import { MUTATION_CODES } from '../domain/ocmw-config';
import { ocmwConfigOf, saveContact, saveMutations, saveNotifications, saveProviders, saveReminders } from './ocmw-config';
import { HERSTAPPE, KOEKELBERG, initialWorld } from './seed';
import { validateWorld } from './validate';
import { EXAMPLE_ADDRESS } from './examples';

const world = initialWorld();
const contact = { ...EXAMPLE_ADDRESS, street: { ...EXAMPLE_ADDRESS.street, nl: ' Dorpsstraat ' }, email: 'onthaal@ocmw-herstappe.be' };

describe('OCMW-configuratie', () => {
  it('starts with every mutation type selected and nothing else filled in', () => {
    const config = ocmwConfigOf(world, HERSTAPPE);
    expect(config.mutations).toEqual(MUTATION_CODES);
    expect(config.contact).toBeNull();
    expect(config.notifications.enabled).toBe(false);
  });

  it('saves the mutation selection for the OCMW only, in the order of the table', () => {
    const saved = saveMutations(world, HERSTAPPE, ['H206', 'MURG']);
    if (!saved.ok) throw new Error();
    expect(ocmwConfigOf(saved.world, HERSTAPPE).mutations).toEqual(['MURG', 'H206']);
    expect(ocmwConfigOf(saved.world, KOEKELBERG).mutations).toEqual(MUTATION_CODES);
    expect(validateWorld(saved.world).ok).toBe(true);
    expect(saveMutations(world, HERSTAPPE, ['MUXX'])).toEqual({ ok: false, errors: { unknown: ['MUXX'] } });
  });

  it('saves contact details trimmed, and refuses incomplete ones changing nothing', () => {
    const saved = saveContact(world, HERSTAPPE, contact);
    if (!saved.ok) throw new Error();
    expect(ocmwConfigOf(saved.world, HERSTAPPE).contact?.street.nl).toBe('Dorpsstraat');
    const refused = saveContact(world, HERSTAPPE, { ...contact, phone: '' });
    expect(refused).toEqual({ ok: false, errors: { phone: 'empty' } });
  });

  it('enforces the OCMW Online rules: an address for notifications, address, delay and frequency for reminders', () => {
    expect(saveNotifications(world, HERSTAPPE, { enabled: true, email: '' })).toEqual({ ok: false, errors: { email: 'empty' } });
    const on = saveNotifications(world, HERSTAPPE, { enabled: true, email: 'ocmw@herstappe.be' });
    expect(on.ok && ocmwConfigOf(on.world, HERSTAPPE).notifications).toEqual({ enabled: true, email: 'ocmw@herstappe.be' });
    expect(saveReminders(world, HERSTAPPE, { enabled: true, email: 'x@y.be', delay: '0', frequency: '' })).toEqual({
      ok: false,
      errors: { delay: 'notPositive', frequency: 'empty' },
    });
    const reminders = saveReminders(world, HERSTAPPE, { enabled: true, email: 'x@y.be', delay: '2', frequency: '1' });
    expect(reminders.ok && ocmwConfigOf(reminders.world, HERSTAPPE).reminders).toEqual({ enabled: true, email: 'x@y.be', delay: '2', frequency: '1' });
  });

  it('saves the technical providers, asking the name of "Andere"', () => {
    const providers = { ...ocmwConfigOf(world, HERSTAPPE).providers, network: 'Andere', networkOther: '' };
    expect(saveProviders(world, HERSTAPPE, providers)).toEqual({ ok: false, errors: { networkOther: 'empty' } });
    const saved = saveProviders(world, HERSTAPPE, { ...providers, network: 'Telenet', networkOther: 'vergeten', vendors: ['Civadis'] });
    expect(saved.ok && ocmwConfigOf(saved.world, HERSTAPPE).providers).toMatchObject({ network: 'Telenet', networkOther: '', vendors: ['Civadis'] });
  });
});
