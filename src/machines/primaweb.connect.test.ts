/** PrimaWeb's connect: what each screen shows, from the machine's snapshot and the world. */
import { describe, expect, it } from 'vitest';
import type { PrimawebRole } from '../domain/roles';
import { activeUsers, profilesOf } from '../world/access';
import { openPrimawebSession } from '../world/primaweb';
import { HERSTAPPE, initialWorld } from '../world/seed';
import { connectPrimaweb } from './primaweb.connect';
import { createSimulator, type Simulator } from './simulator';
import { worldHolder, type WorldAccess } from './world-access';

function inPrimaweb(personId: string, role: PrimawebRole): { sim: Simulator; world: WorldAccess; view: () => ReturnType<typeof connectPrimaweb> } {
  // Pieter logged in once, so he is a PrimaWeb user the administrator finds (000).
  const pieter = openPrimawebSession(initialWorld(), 'pieter', HERSTAPPE, 'socialeAgent', 'nl');
  if (!pieter.ok) throw new Error('set-up');
  const opened = openPrimawebSession(pieter.world, personId, HERSTAPPE, role, 'nl');
  if (!opened.ok) throw new Error('set-up');
  const world = worldHolder(opened.world);
  const sim = createSimulator(world, () => 'nl');
  return { sim, world, view: () => connectPrimaweb(sim.primaweb.getSnapshot(), world.get()) };
}

describe('PrimaWeb, connected', () => {
  it("a social agent's home: the blocks of the session's profiles, the files open with their function", () => {
    const { view } = inPrimaweb('lotte', 'socialeAgent');
    const v = view();
    expect(v).toMatchObject({ screen: 'home', kbo: HERSTAPPE, canSearchFiles: true, dialog: null });
    expect(v.blocks).toContain('dossiers');
    expect(v.me?.id).toBe('lotte');
  });

  it('"PrimaWeb beheer" sees no blocks; management lists the profiles and the users; the inactive list unfolds', () => {
    const { sim, world, view } = inPrimaweb('lotte', 'primawebBeheer');
    expect(view().blocks).toEqual([]);
    expect(sim.perform({ type: 'pw.openManagement' })).toBe(true);
    let v = view();
    expect(v.screen).toBe('management');
    expect(v.profiles).toEqual(profilesOf(world.get(), HERSTAPPE));
    expect(v.users).toEqual(activeUsers(world.get(), HERSTAPPE));
    expect(v.showingInactive).toBe(false);
    expect(sim.perform({ type: 'pw.showInactive' })).toBe(true);
    v = view();
    expect(v.showingInactive).toBe(true);
  });

  it('the dialogs over the management page come with what they concern: deleting a profile, deactivating a user', () => {
    const { sim, view } = inPrimaweb('lotte', 'primawebBeheer');
    sim.perform({ type: 'pw.openManagement' });
    const profile = view().profiles[0]!;
    expect(sim.perform({ type: 'pw.deleteProfile', profileId: profile.id })).toBe(true);
    expect(['confirmDelete', 'deleteRefused']).toContain(view().dialog);
    expect(view().profile?.id).toBe(profile.id);
    sim.perform({ type: 'pw.cancel' });
    expect(view().dialog).toBeNull();
    const user = view().users.find((u) => u.person.id !== 'lotte')!;
    expect(sim.perform({ type: 'pw.deactivateUser', personId: user.person.id })).toBe(true);
    expect(view()).toMatchObject({ dialog: 'confirmDeactivate' });
    expect(view().person?.id).toBe(user.person.id);
  });

  it('"Mijn toegangen" shows the person of the session', () => {
    const { sim, view } = inPrimaweb('lotte', 'socialeAgent');
    expect(sim.perform({ type: 'pw.openMyAccess' })).toBe(true);
    expect(view()).toMatchObject({ screen: 'myAccess' });
    expect(view().me?.firstName).toBe('Lotte');
  });
});
