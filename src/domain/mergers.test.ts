import { describe, expect, it } from 'vitest';
import { findMergers, MERGERS, MERGING_MUNICIPALITIES } from './mergers';

describe('mergers of 2025', () => {
  it('has the four, eight and one mergers of scenarios 1, 2 and 3', () => {
    expect([1, 2, 3].map((s) => MERGERS.filter((m) => m.scenario === s).length)).toEqual([4, 8, 1]);
  });

  it('gives every municipality a five-digit NIS code, unique before the merger', () => {
    const codes = MERGING_MUNICIPALITIES.map((m) => m.municipality.nis);
    expect(codes.every((c) => /^\d{5}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(MERGING_MUNICIPALITIES).toHaveLength(28);
  });

  it('keeps the NIS code in scenario 3 and gives a new one in scenarios 1 and 2', () => {
    for (const merger of MERGERS) {
      const kept = merger.municipalities.some((m) => m.nis === merger.nis);
      expect(kept, merger.id).toBe(merger.scenario === 3);
    }
  });
});

describe('findMergers', () => {
  it('finds a merging municipality by name, ignoring case and accents, with its scenario', () => {
    expect(findMergers('melle').map((m) => [m.merger.result, m.municipality?.name, m.merger.scenario])).toEqual([['Merelbeke - Melle', 'Melle', 1]]);
    expect(findMergers('MOERBEKE')[0]?.merger.scenario).toBe(2);
    expect(findMergers('borsbeek')[0]?.merger.result).toBe('Antwerpen');
  });

  it('finds by any word of a name, and the resulting municipality', () => {
    expect(findMergers('pinte')[0]?.municipality?.name).toBe('De Pinte');
    expect(findMergers('pajottegem')).toEqual([{ merger: MERGERS.find((m) => m.id === 'pajottegem'), municipality: null, alias: null }]);
  });

  it('finds by old or new NIS code', () => {
    expect(findMergers('44040')[0]?.municipality?.name).toBe('Melle');
    expect(findMergers('44088')[0]?.merger.id).toBe('merelbeke-melle');
    expect(findMergers('7300').map((m) => m.municipality?.name)).toEqual(['Bilzen', 'Borgloon']);
  });

  it('issue 11.14: finds the document\'s own spelling ("Kortesseem") and French names ("Anvers", "CPAS Anvers", "Tongres")', () => {
    for (const q of ['Kortessem', 'Kortesseem', 'kortes']) expect(findMergers(q)[0]?.merger.id, q).toBe('hasselt');
    expect(findMergers('Kortesseem')[0]).toMatchObject({ municipality: { name: 'Kortessem' }, alias: 'Kortesseem' });
    for (const q of ['Anvers', 'CPAS Anvers', "CPAS d'Anvers", 'OCMW Antwerpen', 'ocmw van Borsbeek']) expect(findMergers(q)[0]?.merger.id, q).toBe('antwerpen');
    expect(findMergers('CPAS Anvers')[0]?.alias).toBe('Anvers');
    expect(findMergers('Tongres')[0]?.merger.id).toBe('tongeren-borgloon');
    expect(findMergers('OCMW De Pinte')[0]?.municipality?.name).toBe('De Pinte');
    expect(findMergers('CPAS')).toEqual([]);
  });

  it('issue 11.10: every merger has its line of "Welk scenario geldt voor uw OCMW?", as the document writes it', () => {
    expect(MERGERS.find((m) => m.id === 'hasselt')?.line).toBe('Hasselt en Kortesseem → Hasselt');
    for (const m of MERGERS) expect(m.line.endsWith(`→ ${m.result.replace(' - ', m.line.includes('–') ? ' – ' : ' - ')}`), m.id).toBe(true);
  });

  it('finds nothing for an empty query or a municipality that does not merge', () => {
    expect(findMergers('  ')).toEqual([]);
    expect(findMergers('Herstappe')).toEqual([]);
  });
});
