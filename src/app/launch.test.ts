import { describe, expect, it } from 'vitest';
import { MODULES } from '../training/course';
import { launchScope } from './launch';

describe('launchScope', () => {
  it('is the whole course without a module parameter', () => {
    expect(launchScope('')).toEqual({ module: null, unknown: null });
    expect(launchScope('?module=')).toEqual({ module: null, unknown: null });
    expect(launchScope('?lang=fr')).toEqual({ module: null, unknown: null });
  });
  it('is the module of each package', () => {
    for (const m of MODULES) expect(launchScope(`?module=${m.id}`)).toEqual({ module: m.id, unknown: null });
    expect(launchScope('?endpoint=x&module=fusies-2025')).toEqual({ module: 'fusies-2025', unknown: null });
  });
  it('names an unknown module and falls back to the whole course', () => {
    expect(launchScope('?module=bestaat-niet')).toEqual({ module: null, unknown: 'bestaat-niet' });
    expect(launchScope('?module=AANMELDEN')).toEqual({ module: null, unknown: 'AANMELDEN' });
  });
});
