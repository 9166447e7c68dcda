import { describe, expect, it } from 'vitest';
import nl from '../i18n/mergers.nl.json';
import { checklistItems, CHECKLISTS, MERGER_APPS, toggleTick } from './merger-checklist';

describe('merger checklists', () => {
  it('give every scenario items for the seven applications of 004, each with its text', () => {
    for (const scenario of [1, 2, 3] as const) {
      for (const app of MERGER_APPS) expect(CHECKLISTS[scenario][app].length, `${scenario} ${app}`).toBeGreaterThan(0);
      for (const item of checklistItems(scenario)) expect((nl as Record<string, string>)[`mg.item.${item.id}`], item.id).toBeTruthy();
    }
  });

  it('keep the dates of the document', () => {
    expect(nl['mg.item.s1.integraties.1']).toContain('31/12/2024');
    expect(nl['mg.item.s1.integraties.1']).toContain('01/01/2025');
    expect(nl['mg.item.s1.uniekVerslag.1']).toContain('februari 2025');
  });

  it('link only scenario 1 to the ChaMan and OCMW-configuratie exercises ("Geen acties nodig" elsewhere)', () => {
    expect(CHECKLISTS[1].chaman.some((i) => i.exercise)).toBe(true);
    expect(CHECKLISTS[2].chaman.some((i) => i.exercise)).toBe(false);
    expect(nl['mg.item.s3.ocmwConfig.1']).toBe('Geen acties nodig');
  });

  it('ticks and unticks items, ignoring unknown ones', () => {
    const once = toggleTick({}, 1, 's1.chaman.1');
    expect(once).toEqual({ 1: ['s1.chaman.1'] });
    expect(toggleTick(once, 1, 's1.chaman.1')).toEqual({ 1: [] });
    expect(toggleTick(once, 1, 's2.chaman.1')).toBe(once);
  });
});
