import { describe, expect, it } from 'vitest';
import { fakeLrs, LAUNCH } from './fake-lrs.test-helper';
import { fakeScorm12, fakeScorm2004 } from './fake-scorm.test-helper';
import { openLms } from './open';

describe('openLms', () => {
  it('opens the session of the LMS found', async () => {
    expect(await openLms({ kind: 'scorm2004', api: fakeScorm2004().api })).toMatchObject({ session: { kind: 'scorm2004' } });
    expect(await openLms({ kind: 'scorm12', api: fakeScorm12().api })).toMatchObject({ session: { kind: 'scorm12' } });
    expect(await openLms({ kind: 'cmi5', launch: LAUNCH }, { fetch: fakeLrs().fetch })).toMatchObject({ session: { kind: 'cmi5' } });
  });

  it('returns a problem, never throws', async () => {
    expect(await openLms({ kind: 'cmi5', launch: LAUNCH })).toMatchObject({ problem: { code: 'init' } });
    const throwing = { ...fakeScorm2004().api, Initialize: () => { throw new Error('boom'); } };
    expect(await openLms({ kind: 'scorm2004', api: throwing })).toMatchObject({ problem: { code: 'gone' } });
  });
});
