import { describe, expect, it } from 'vitest';
import { MODULES, moduleOfItem } from './course';
import { SCENARIOS } from './scenarios';

describe('the course', () => {
  it('has the five modules of issue 12, in order', () => {
    expect(MODULES.map((m) => m.id)).toEqual(['aanmelden', 'profielen', 'integraties', 'toepassingen', 'fusies-2025']);
  });

  it('puts every practice scenario in exactly one module, and names only scenarios that exist', () => {
    const listed = MODULES.flatMap((m) => m.scenarios);
    expect(new Set(listed).size).toBe(listed.length);
    const practice = SCENARIOS.filter((s) => !s.id.startsWith('toets-')).map((s) => s.id);
    expect([...listed].sort()).toEqual([...practice].sort());
    for (const id of listed) expect(moduleOfItem(id)).toBeDefined();
  });
});
