/** Every state of the login machine is a screen of the simulated browser, named by its path. */
import { describe, expect, it } from 'vitest';
import { createActor, type StateNode } from 'xstate';
import { loginMachine } from './login.machine';
import { addressOf, connectLogin, screenOf, type Screen } from './login.connect';
import type { Intent } from './simulator';

/** The machine's leaf states, as paths ("portal.home"). */
const leaves = (node: StateNode<never, never>, prefix: string[] = []): string[] =>
  Object.values(node.states).length === 0 ? [prefix.join('.')] : Object.entries(node.states).flatMap(([key, child]) => leaves(child as StateNode<never, never>, [...prefix, key]));

describe('screens', () => {
  const paths = leaves(loginMachine.root as unknown as StateNode<never, never>);
  const context = createActor(loginMachine, { input: {} }).getSnapshot().context;

  it('each state of the login machine but the transient "boot" is the screen of its path (the logged-in ones under "session" by their name), with an address', () => {
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const [parent, child] = path.split('.');
      const snapshot = loginMachine.resolveState({ value: child ? { [parent!]: child } : parent!, context } as never);
      expect(screenOf(snapshot), path).toBe(path === 'boot' ? 'portal.home' : parent === 'session' ? child : path);
      expect(addressOf(screenOf(snapshot) as Screen), path).toMatch(/^https:\/\//);
    }
    expect(paths.filter((p) => p.startsWith('session.')).map((p) => p.slice('session.'.length))).toEqual([
      'enterprise',
      'noEntity',
      'confirmed',
      'roleChoice',
      'noAccess',
      'primaweb',
      'toegangsbeheer',
      'ocmwConfig',
      'chaman',
    ]);
  });
});

describe('the login, connected', () => {
  it('follows a login to PrimaWeb: the address, the certificates, the enterprises, the person, the roles', async () => {
    const { createSimulator } = await import('./simulator');
    const { worldHolder } = await import('./world-access');
    const { initialWorld, HERSTAPPE } = await import('../world/seed');
    const { entitiesFor } = await import('../world/primaweb');
    const world = worldHolder(initialWorld());
    const sim = createSimulator(world, () => 'nl');
    const view = () => connectLogin(sim.login.getSnapshot(), world.get());
    expect(view()).toMatchObject({ screen: 'portal.home', address: 'https://www.socialsecurity.be', person: undefined, entities: [], roles: [] });
    const path: Intent[] = [
      { type: 'openAudience', audience: 'professionals' },
      { type: 'openSector', sector: 'ocmw' },
      { type: 'openService', service: 'primaweb' },
      { type: 'startService' },
      { type: 'chooseKey', key: 'eid' },
      { type: 'confirmEid' },
    ];
    for (const intent of path) expect(sim.perform(intent), intent.type).toBe(true);
    expect(view().address).toBe('https://idp.iamfas.belgium.be');
    expect(view().certificates.map((p) => p.id)).toContain('lotte');
    expect(sim.perform({ type: 'selectCertificate', personId: 'lotte' })).toBe(true);
    expect(sim.perform({ type: 'submitPin', pin: '1234' })).toBe(true);
    expect(view().screen).toBe('enterprise');
    expect(view().person?.id).toBe('lotte');
    expect(view().entities).toEqual(entitiesFor(world.get(), 'lotte'));
    expect(sim.perform({ type: 'chooseEnterprise', kbo: HERSTAPPE })).toBe(true);
    expect(view()).toMatchObject({ screen: 'confirmed', service: 'primaweb' });
    expect(view().enterprise?.kbo).toBe(HERSTAPPE);
    expect(view().roles.length).toBeGreaterThan(0);
  });

  it('"Onderneming" → "Go!": the business services whose name (in the learner\'s words) holds the search, all of them for an empty search', async () => {
    const { createSimulator } = await import('./simulator');
    const { worldHolder } = await import('./world-access');
    const { initialWorld } = await import('../world/seed');
    const { BUSINESS_SERVICES } = await import('../world/portal-catalog');
    const world = worldHolder(initialWorld());
    const sim = createSimulator(world, () => 'nl');
    const names: Record<string, string> = { chaman: 'ChaMan', dimona: 'Dimona' };
    const view = () => connectLogin(sim.login.getSnapshot(), world.get(), (s) => names[s] ?? s);
    expect(view()).toMatchObject({ query: '', found: [] });
    expect(sim.perform({ type: 'openAudience', audience: 'onderneming' })).toBe(true);
    expect(sim.perform({ type: 'search', query: '  chaM ' })).toBe(true);
    expect(view()).toMatchObject({ screen: 'portal.businessServices', query: 'chaM', found: ['chaman'] });
    expect(sim.perform({ type: 'back' })).toBe(true);
    expect(sim.perform({ type: 'search', query: '' })).toBe(true);
    expect(view()).toMatchObject({ query: '', found: [...BUSINESS_SERVICES] });
  });
});
