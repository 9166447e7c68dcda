/** OCMW-configuratie's connect: the page, the question before unsaved changes are left, the last save, the configuration. */
import { describe, expect, it } from 'vitest';
import { MUTATION_CODES } from '../domain/ocmw-config';
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
});
