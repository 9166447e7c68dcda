import { describe, expect, it } from 'vitest';
import { ownIntegrations } from './integrations';
import { plannedIntegrations, sendFormB, sendFormC } from './forms';
import { HERSTAPPE, initialWorld } from './seed';

describe('forms and automatic integration (003, 4)', () => {
  const leefloon = { requestId: 'aanvraag-1', type: 'B' as const, aid: 'leefloon' as const, effective: '2025-02-01', others: ['lien'] };

  it('the overview lists the integrations PrimaWeb will request: main beneficiary, partner, other beneficiaries', () => {
    expect(plannedIntegrations(initialWorld(), leefloon)).toEqual([
      { clientId: 'sara', role: 'hoofdbegunstigde', code: '02', period: { start: '2025-02-01', end: '2026-01-31' } },
      { clientId: 'tom', role: 'partner', code: '02', period: { start: '2025-02-01', end: '2026-01-31' } },
      { clientId: 'lien', role: 'kind', code: '02', period: { start: '2025-02-01', end: '2026-01-31' } },
    ]);
  });

  it('refuses to send a leefloon form while the partner is not in code 01 on the sending day and effective date', () => {
    const r = sendFormB(initialWorld(), leefloon);
    expect(r).toEqual({ ok: false, errors: { rules: [{ clientId: 'tom', failures: [{ check: 'code01OnDay', day: '2025-02-03' }, { check: 'code01OnDay', day: '2025-02-01' }] }] } });
  });

  it('once the partner is integrated in 01, sending integrates everyone in the aid’s code', () => {
    const world = initialWorld();
    const withTom = { ...world, integrations: [...world.integrations, { clientId: 'tom', institution: `ocmw:${HERSTAPPE}`, code: '01', periods: [{ start: '2025-01-20', end: '2025-03-19' }] }] };
    const r = sendFormB(withTom, { ...leefloon, aid: 'art60' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(ownIntegrations(r.world, 'lien', HERSTAPPE)).toEqual([{ code: '06', periods: [{ start: '2025-02-01', end: '2026-01-31' }] }]);
    expect(r.world.forms).toEqual([{ id: 'formulier-1', requestId: 'aanvraag-1', type: 'B', aid: 'art60', effective: '2025-02-01', sentOn: '2025-02-03' }]);
  });

  it('form C is recorded and disintegrates nobody', () => {
    const world = initialWorld();
    const r = sendFormC(world, 'aanvraag-1', '2025-03-01');
    if (!r.ok) throw new Error();
    expect(r.world.integrations).toBe(world.integrations);
    expect(r.world.forms[0]).toMatchObject({ type: 'C', aid: null });
  });
});
