import { describe, expect, it } from 'vitest';
import { HERSTAPPE, initialWorld } from '../world/seed';
import type { World } from '../world/types';
import { checkBasicRules } from './rules-check';

/** Sara integrated in code 01 by Herstappe for 2025 only. */
const world: World = {
  ...initialWorld(),
  integrations: [{ clientId: 'sara', institution: `ocmw:${HERSTAPPE}`, code: '01', periods: [{ start: '2025-01-01', end: '2025-12-31' }] }],
};

describe('"Basisregels": the typed question, read and checked against the world', () => {
  it('a KSZ consultation passes on a day with a code 01 integration, and not on a day without', () => {
    const yes = checkBasicRules(world, HERSTAPPE, { clientId: 'sara', kind: 'ksz', from: '01/03/2025', to: '' });
    expect(yes).toMatchObject({ ok: true, allowed: true, rule: 'ksz', failures: [] });
    const no = checkBasicRules(world, HERSTAPPE, { clientId: 'sara', kind: 'ksz', from: '01/03/2026', to: '' });
    expect(no).toMatchObject({ ok: true, allowed: false, rule: 'ksz' });
    expect(no.ok && no.failures.length).toBeGreaterThan(0);
  });

  it("another OCMW's integrations do not count", () => {
    expect(checkBasicRules(world, '0212345678', { clientId: 'sara', kind: 'ksz', from: '01/03/2025', to: '' })).toMatchObject({ ok: true, allowed: false });
  });

  it('says what is wrong with the typed fields: no person, an impossible date, a period without its end', () => {
    expect(checkBasicRules(world, HERSTAPPE, { clientId: '', kind: 'ksz', from: '01/03/2025', to: '' })).toEqual({ ok: false, error: 'missing' });
    expect(checkBasicRules(world, HERSTAPPE, { clientId: 'sara', kind: 'ksz', from: '31/02/2025', to: '' })).toEqual({ ok: false, error: 'impossible' });
    expect(checkBasicRules(world, HERSTAPPE, { clientId: 'sara', kind: 'attest', from: '01/03/2025', to: '' })).toEqual({ ok: false, error: 'empty' });
    expect(checkBasicRules(world, HERSTAPPE, { clientId: 'sara', kind: 'ksz', from: '', to: '' })).toEqual({ ok: false, error: 'empty' });
  });
});
