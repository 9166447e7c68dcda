import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALL_FUNCTION_IDS, blocksOf, FUNCTION_BLOCKS, FUNCTIONS, missingDependencies, SEARCH_FILE, withDependencies } from './functions';
import { PREDEFINED_PROFILES, predefinedFunctions } from './predefined-profiles';

describe('function catalog', () => {
  it('has functions in every block of the annex, unique ids, and known dependencies', () => {
    for (const block of FUNCTION_BLOCKS) expect(FUNCTIONS.some((f) => f.block === block), block).toBe(true);
    expect(new Set(ALL_FUNCTION_IDS).size).toBe(ALL_FUNCTION_IDS.length);
    for (const f of FUNCTIONS) for (const r of f.requires) expect(ALL_FUNCTION_IDS, `${f.id} requires ${r}`).toContain(r);
  });

  it('has "raadplegen" and "aanduiden als gelezen" for each of the seven mutation types', () => {
    expect(FUNCTIONS.filter((f) => f.block === 'mutaties')).toHaveLength(14);
  });

  it('warns when Hulpaanvragen functions come without "Opzoeken van een dossier" (000)', () => {
    expect(missingDependencies(['hulpaanvragen.lijst'])).toEqual([{ functionId: 'hulpaanvragen.lijst', missing: [SEARCH_FILE] }]);
    expect(missingDependencies(['hulpaanvragen.lijst', SEARCH_FILE])).toEqual([]);
  });

  it('completing with dependencies always leaves nothing missing, and keeps what was chosen', () => {
    fc.assert(
      fc.property(fc.subarray([...ALL_FUNCTION_IDS]), (chosen) => {
        const fixed = withDependencies(chosen);
        expect(missingDependencies(fixed)).toEqual([]);
        for (const id of chosen) expect(fixed).toContain(id);
      }),
    );
  });

  it('lists the blocks a set of functions touches, in catalog order', () => {
    expect(blocksOf(['sociaalOnderzoek.inkomens', 'mutaties.mediprima.raadplegen'])).toEqual(['mutaties', 'sociaalOnderzoek']);
  });

  it('every predefined profile ticks a consistent, non-empty subset', () => {
    for (const p of PREDEFINED_PROFILES) {
      const functions = predefinedFunctions(p);
      expect(functions.length, p).toBeGreaterThan(0);
      expect(functions.length, p).toBeLessThan(ALL_FUNCTION_IDS.length);
      expect(missingDependencies(functions), p).toEqual([]);
    }
  });
});
