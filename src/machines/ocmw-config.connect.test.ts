/** OCMW-configuratie's connect: the page, the question before unsaved changes are left, the last save, the configuration. */
import { describe, expect, it } from 'vitest';
import { MUTATION_CODES } from '../domain/ocmw-config';
import { EXAMPLE_ADDRESS } from '../world/examples';
import { HERSTAPPE, initialWorld } from '../world/seed';
import { createOcController } from './ocmw-config.controller';
import { connectOcmwConfig } from './ocmw-config.connect';
import { worldHolder } from './world-access';

function opened() {
  const world = worldHolder({ ...initialWorld(), appSession: { service: 'ocmwConfiguratie', personId: 'lotte', kbo: HERSTAPPE } });
  const oc = createOcController(world);
  return { world, oc, view: () => connectOcmwConfig(oc.getSnapshot(), world.get()) };
}

describe('OCMW-configuratie, connected', () => {
  it('opens on "Mutaties" with the OCMW\'s configuration as saved', () => {
    const { view } = opened();
    expect(view()).toMatchObject({ page: 'mutaties', leaving: false, leavingToLogout: false, saved: null, kbo: HERSTAPPE });
    expect(Object.values(view().errors)).toEqual([{}, {}, {}, {}, {}]);
    expect(view().config.kbo).toBe(HERSTAPPE);
  });

  it('a change not saved asks before leaving, and remembers a logout', () => {
    const { oc, view } = opened();
    expect(oc.perform({ type: 'oc.edit' })).toBe(true);
    expect(oc.perform({ type: 'oc.open', to: 'providers' })).toBe(true);
    expect(view()).toMatchObject({ page: 'mutaties', leaving: true, leavingToLogout: false });
    expect(oc.perform({ type: 'oc.stay' })).toBe(true);
    expect(oc.perform({ type: 'oc.open', to: 'logout' })).toBe(true);
    expect(view()).toMatchObject({ leaving: true, leavingToLogout: true });
    expect(oc.perform({ type: 'oc.discard' })).toBe(true);
    expect(view().leaving).toBe(false);
  });

  it('a save shows its outcome and the configuration as now saved', () => {
    const { oc, view } = opened();
    const codes = MUTATION_CODES.slice(0, 2);
    expect(oc.perform({ type: 'oc.saveMutations', codes })).toBe(true);
    expect(view().saved).toBe('ok');
    expect(view().config.mutations).toEqual(codes);
    expect(oc.perform({ type: 'oc.saveMutations', codes: ['no-such-code'] })).toBe(true);
    expect(view().saved).toBe('refused');
    expect(view().config.mutations).toEqual(codes);
  });

  it('a refused save gives the world\'s errors at the page\'s fields; they stay while the learner corrects, until the next save or leaving the page', () => {
    const { oc, view } = opened();
    expect(oc.perform({ type: 'oc.open', to: 'contact' })).toBe(true);
    expect(oc.perform({ type: 'oc.saveContact', contact: { ...EXAMPLE_ADDRESS, postcode: '404', phone: '' } })).toBe(true);
    expect(view()).toMatchObject({ page: 'contact', saved: 'refused' });
    expect(view().errors['oc.saveContact']).toEqual({ postcode: 'postcode', phone: 'empty' });
    // Typing clears the outcome line, not the messages at the fields.
    expect(oc.perform({ type: 'oc.edit' })).toBe(true);
    expect(view().saved).toBeNull();
    expect(view().errors['oc.saveContact']).toEqual({ postcode: 'postcode', phone: 'empty' });
    expect(oc.perform({ type: 'oc.saveContact', contact: EXAMPLE_ADDRESS })).toBe(true);
    expect(view()).toMatchObject({ saved: 'ok' });
    expect(view().errors['oc.saveContact']).toEqual({});

    // Refused again, then the page is left without saving: none on the next page, nor back.
    expect(oc.perform({ type: 'oc.edit' })).toBe(true);
    expect(oc.perform({ type: 'oc.saveContact', contact: { ...EXAMPLE_ADDRESS, number: '' } })).toBe(true);
    expect(view().errors['oc.saveContact']).toEqual({ number: 'empty' });
    expect(oc.perform({ type: 'oc.open', to: 'providers' })).toBe(true);
    expect(oc.perform({ type: 'oc.discard' })).toBe(true);
    expect(view().page).toBe('providers');
    expect(Object.values(view().errors)).toEqual([{}, {}, {}, {}, {}]);
  });

  it('"OCMW Online" keeps each form\'s own errors', () => {
    const { oc, view } = opened();
    expect(oc.perform({ type: 'oc.open', to: 'online' })).toBe(true);
    expect(oc.perform({ type: 'oc.saveNotifications', settings: { enabled: true, email: '' } })).toBe(true);
    expect(oc.perform({ type: 'oc.saveReminders', settings: { enabled: true, email: 'ocmw@herstappe.be', delay: '0', frequency: '1,5' } })).toBe(true);
    expect(view().errors['oc.saveNotifications']).toEqual({ email: 'empty' });
    expect(view().errors['oc.saveReminders']).toEqual({ delay: 'notPositive', frequency: 'notWholeNumber' });
    expect(oc.perform({ type: 'oc.saveNotifications', settings: { enabled: true, email: 'ocmw@herstappe.be' } })).toBe(true);
    expect(view().errors['oc.saveNotifications']).toEqual({});
    expect(view().errors['oc.saveReminders']).toEqual({ delay: 'notPositive', frequency: 'notWholeNumber' });
    expect(oc.perform({ type: 'oc.open', to: 'mutaties' })).toBe(true);
    expect(Object.values(view().errors)).toEqual([{}, {}, {}, {}, {}]);
  });
});
