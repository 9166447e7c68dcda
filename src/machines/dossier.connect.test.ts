/** The files' connect: what each screen shows, from the machine's snapshot and the world. */
import { describe, expect, it } from 'vitest';
import { openPrimawebSession } from '../world/primaweb';
import { HERSTAPPE, initialWorld } from '../world/seed';
import { connectDossier } from './dossier.connect';
import { createSimulator, type Simulator } from './simulator';
import { worldHolder } from './world-access';

function inFiles(): { sim: Simulator; view: () => ReturnType<typeof connectDossier> } {
  const opened = openPrimawebSession(initialWorld(), 'lotte', HERSTAPPE, 'socialeAgent', 'nl');
  if (!opened.ok) throw new Error('set-up');
  const world = worldHolder(opened.world);
  const sim = createSimulator(world, () => 'nl');
  expect(sim.perform({ type: 'pw.openFiles' })).toBe(true);
  return { sim, view: () => connectDossier(sim.dossier.getSnapshot(), world.get()) };
}

describe('files, connected', () => {
  it('the search: each request of this OCMW a client is in; a client in none may get a new request', () => {
    const { sim, view } = inFiles();
    expect(view()).toMatchObject({ screen: 'search', kbo: HERSTAPPE, results: [], withoutRequest: [] });
    sim.perform({ type: 'dossier.setQuery', query: 'Peeters' });
    sim.perform({ type: 'dossier.search' });
    const v = view();
    expect(v.results.length).toBeGreaterThan(0);
    for (const { client, request } of v.results) {
      expect(request.kbo).toBe(HERSTAPPE);
      expect(request.household.some((m) => m.clientId === client.id)).toBe(true);
    }
    for (const client of v.withoutRequest) expect(v.results.some((r) => r.client.id === client.id)).toBe(false);
  });

  it('an opened file: its main beneficiary, its members, who may still join, and the screen of its menu', () => {
    const { sim, view } = inFiles();
    sim.perform({ type: 'dossier.open', requestId: 'aanvraag-1' });
    let v = view();
    expect(v.screen).toBe('request');
    expect(v.request?.id).toBe('aanvraag-1');
    expect(v.main?.id).toBe(v.request!.household.find((m) => m.role === 'hoofdbegunstigde')!.clientId);
    expect(v.members.map((m) => m.client.id)).toEqual(v.request!.household.map((m) => m.clientId));
    for (const c of v.candidates) expect(v.members.some((m) => m.client.id === c.id)).toBe(false);
    sim.perform({ type: 'dossier.showHousehold' });
    expect(view().screen).toBe('household');
    sim.perform({ type: 'dossier.showTimeline' });
    expect(view().screen).toBe('timeline');
    sim.perform({ type: 'dossier.showRules' });
    expect(view().screen).toBe('rules');
    sim.perform({ type: 'dossier.showIntegrations' });
    v = view();
    expect(v.screen).toBe('integrations');
    expect(v.consulted).toEqual([]);
  });

  it('"Raadplegen" gives the repertory rows, the OCMWs among them named', () => {
    const { sim, view } = inFiles();
    sim.perform({ type: 'dossier.setQuery', query: 'El Amrani' });
    sim.perform({ type: 'dossier.search' });
    const request = view().results[0]!.request;
    sim.perform({ type: 'dossier.open', requestId: request.id });
    sim.perform({ type: 'dossier.showIntegrations' });
    for (const [field, value] of [['consultClientId', 'youssef'], ['consultStart', '01/01/2023'], ['consultEnd', '31/12/2025']] as const) {
      sim.perform({ type: 'dossier.setField', field, value });
    }
    sim.perform({ type: 'dossier.consult' });
    const rows = view().consulted;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.ocmwName === 'OCMW VAN KOEKELBERG')).toBe(true);
    for (const r of rows) expect(r.ocmwName === null).toBe(!r.institution.startsWith('ocmw:'));
  });

  it('form B: the children and co-residents it may add, and what it would integrate once the date and aid are given', () => {
    const { sim, view } = inFiles();
    sim.perform({ type: 'dossier.open', requestId: 'aanvraag-1' });
    sim.perform({ type: 'dossier.showForms' });
    expect(view()).toMatchObject({ screen: 'forms', planned: [] });
    for (const m of view().others) expect(['kind', 'inwonende']).toContain(m.role);
    sim.perform({ type: 'dossier.setForm', field: 'effective', value: '01/03/2025' });
    sim.perform({ type: 'dossier.setForm', field: 'aid', value: 'leefloon' });
    const planned = view().planned;
    expect(planned.map((p) => p.clientId)).toContain(view().main!.id);
  });
});

describe('files, the basic rules (Basisregels)', () => {
  it('"Nakijken" is an intent: the answer is the machine’s, a typing error is named, and leaving the page forgets it', () => {
    const { sim, view } = inFiles();
    sim.perform({ type: 'dossier.open', requestId: 'aanvraag-1' });
    expect(sim.perform({ type: 'dossier.checkRules', question: { clientId: 'sara', kind: 'ksz', from: '01/03/2025', to: '' } })).toBe(false);
    sim.perform({ type: 'dossier.showRules' });
    expect(view()).toMatchObject({ screen: 'rules', rulesAnswer: null });
    sim.perform({ type: 'dossier.checkRules', question: { clientId: 'sara', kind: 'ksz', from: '31/02/2025', to: '' } });
    expect(view().rulesAnswer).toEqual({ ok: false, error: 'impossible' });
    sim.perform({ type: 'dossier.checkRules', question: { clientId: 'sara', kind: 'ksz', from: '01/03/2025', to: '' } });
    expect(view().rulesAnswer).toMatchObject({ ok: true, rule: 'ksz' });
    sim.perform({ type: 'dossier.showRequest' });
    expect(view().rulesAnswer).toBeNull();
  });
});

describe('files, the magnifier and the time line', () => {
  it('the magnifier shows this OCMW’s integrations of its person; the time line is drawn on its screen only', () => {
    const { sim, view } = inFiles();
    sim.perform({ type: 'dossier.open', requestId: 'aanvraag-1' });
    sim.perform({ type: 'dossier.showIntegrations' });
    expect(view().details).toEqual([]);
    sim.perform({ type: 'dossier.showDetails', clientId: 'sara' });
    expect(view().details.map((d) => d.code)).toContain('01');
    expect(view().timeline).toBeNull();
    sim.perform({ type: 'dossier.showTimeline' });
    const drawn = view().timeline!;
    expect(drawn.own?.kbo).toBe(HERSTAPPE);
    expect(drawn.lines.length).toBeGreaterThan(0);
    expect(drawn.axis.start <= drawn.axis.end).toBe(true);
  });
});
