import { describe, expect, it } from 'vitest';
import { cmi5Success, openCmi5, type Cmi5Session } from './cmi5';
import { fakeLrs, LAUNCH, LAUNCH_DATA, type FakeLrs } from './fake-lrs.test-helper';
import { report } from './report.test-helper';


let ids = 0;
const options = (lrs: FakeLrs) => ({ fetch: lrs.fetch, now: () => new Date('2026-03-01T09:00:00.000Z'), uuid: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}` });

async function open(lrs = fakeLrs()) {
  const opened = await openCmi5(LAUNCH, options(lrs));
  if (!('session' in opened)) throw new Error(opened.problem.message);
  return { lrs, session: opened.session as Cmi5Session };
}
const verbs = (lrs: FakeLrs) => lrs.statements.map((s) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', ''));
/** Lets the fake LRS answer (the adapter's requests are promises). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('cmi5 adapter', () => {
  it('runs the launch sequence: token, launch data, preferences, our state, initialized', async () => {
    const { lrs, session } = await open();
    expect(lrs.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
      'POST https://lms.example/fetch/abc',
      'GET https://lrs.example/xapi/activities/state',
      'GET https://lrs.example/xapi/agents/profile',
      'GET https://lrs.example/xapi/activities/state',
      'POST https://lrs.example/xapi/statements',
    ]);
    expect(lrs.requests[1]!.url).toContain('stateId=LMS.LaunchData');
    expect(new URL(lrs.requests[1]!.url).searchParams.get('agent')).toBe(JSON.stringify(LAUNCH.actor));
    expect(lrs.requests[1]!.headers).toMatchObject({ 'X-Experience-API-Version': '1.0.3', Authorization: expect.stringMatching(/^Basic /) });
    expect(verbs(lrs)).toEqual(['initialized']);
    expect(session).toMatchObject({ kind: 'cmi5', resumeData: '', learnerName: 'Lotte Vermeulen', learnerLanguage: 'fr-BE' });
    expect(session.launchData).toMatchObject({ launchMode: 'Normal', moveOn: 'CompletedOrPassed', returnUrl: 'https://lms.example/course/1', masteryScore: null });
  });

  it('builds statements on the contextTemplate, with registration, session id and categories', async () => {
    const { lrs, session } = await open();
    await session.report(report({ completed: true, success: 'passed', score: 85 }));
    const [initialized, completed, passed] = lrs.statements;
    for (const s of lrs.statements) {
      expect(s.actor).toEqual(LAUNCH.actor);
      expect(s.object.id).toBe(LAUNCH.activityId);
      expect(s.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(s.context.registration).toBe(LAUNCH.registration);
      expect(s.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe('680cef64-bc48-4b57-af6b-be4217e69aff');
      expect(s.context.contextActivities.grouping).toEqual(LAUNCH_DATA.contextTemplate.contextActivities.grouping);
    }
    const categories = (s: Record<string, any>) => s.context.contextActivities.category.map((c: { id: string }) => c.id.split('/').pop());
    expect(categories(initialized!)).toEqual(['cmi5']);
    expect(categories(completed!)).toEqual(['cmi5', 'moveon']);
    expect(completed!.result).toEqual({ completion: true, duration: 'PT24.57S' });
    expect(passed!.result).toEqual({ success: true, duration: 'PT24.57S', score: { scaled: 0.85, raw: 85, min: 0, max: 100 } });
    const times = lrs.statements.map((s) => Date.parse(s.timestamp));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
  });

  it('sends completed and passed once per registration, also across sessions', async () => {
    const lrs = fakeLrs();
    const first = await open(lrs);
    await first.session.report(report({ completed: true, success: 'passed', score: 90 }));
    await first.session.report(report({ completed: true, success: 'passed', score: 95 }));
    first.session.terminate(false, report({ completed: true, success: 'passed', score: 95, suspendData: 'PW1:end' }));
    await settle();
    expect(verbs(lrs)).toEqual(['initialized', 'completed', 'passed', 'terminated']);

    lrs.statements.length = 0; // a new session of the same registration
    const again = await openCmi5(LAUNCH, { ...options(lrs), fetch: fakeLrsToken(lrs) });
    if (!('session' in again)) throw new Error('no session');
    expect(again.session.resumeData).toBe('PW1:end');
    await again.session.report(report({ completed: true, success: 'passed', score: 95 }));
    expect(verbs(lrs)).toEqual(['initialized']);
  });

  it('keeps failed to the end of the session, so a later pass in it still counts', async () => {
    const { lrs, session } = await open();
    await session.report(report({ success: 'failed', score: 40 }));
    expect(verbs(lrs)).toEqual(['initialized']);
    await session.report(report({ success: 'passed', score: 80 }));
    session.terminate(false, report({ success: 'passed', score: 80 }));
    await settle();
    expect(verbs(lrs)).toEqual(['initialized', 'passed', 'terminated']);

    const other = await open();
    other.session.terminate(true, report({ success: 'failed', score: 40 }));
    await settle();
    expect(verbs(other.lrs)).toEqual(['initialized', 'failed', 'terminated']);
    expect(other.lrs.statements[1]!.result).toMatchObject({ success: false, score: { scaled: 0.4 } });
    expect(other.lrs.statements[2]!.result).toEqual({ duration: 'PT24.57S' });
    expect(other.lrs.requests.filter((r) => r.method !== 'GET').at(-1)!.keepalive).toBe(true);
  });

  it('decides passed / failed by the masteryScore when the LMS gives one', async () => {
    expect(cmi5Success({ success: 'passed', score: 75 }, 0.8)).toBe('failed');
    expect(cmi5Success({ success: 'failed', score: 85 }, 0.8)).toBe('passed');
    expect(cmi5Success({ success: 'unknown', score: null }, 0.8)).toBe('unknown');
    const lrs = fakeLrs();
    lrs.launchData = { ...LAUNCH_DATA, masteryScore: 0.8 };
    const { session } = await open(lrs);
    await session.report(report({ success: 'passed', score: 85 }));
    expect(lrs.statements[1]!.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.8);
  });

  it('records nothing judged in Browse or Review mode, but initialized and terminated', async () => {
    const lrs = fakeLrs();
    lrs.launchData = { ...LAUNCH_DATA, launchMode: 'Browse' };
    const { session } = await open(lrs);
    await session.report(report({ completed: true, success: 'passed', score: 100 }));
    session.terminate(false, report({ completed: true, success: 'passed', score: 100 }));
    await settle();
    expect(verbs(lrs)).toEqual(['initialized', 'terminated']);
  });

  it('keeps the suspend data in its own state document', async () => {
    const { lrs, session } = await open();
    await session.report(report({ suspendData: 'PW1:xyz' }));
    const doc = [...lrs.states.entries()].find(([key]) => key.startsWith('primaweb-suspend|'));
    expect(JSON.parse(doc![1])).toEqual({ data: 'PW1:xyz', sent: { completed: false, passed: false } });
  });

  it('returns problems instead of throwing: a refused token, missing launch data, an LRS down or offline', async () => {
    const used = fakeLrs();
    await open(used);
    expect(await openCmi5(LAUNCH, options(used))).toEqual({ problem: { code: 'cmi5-1', message: 'fetch: The authorization token has already been returned.' } });
    const noLaunch = fakeLrs();
    noLaunch.launchData = null;
    expect(await openCmi5(LAUNCH, options(noLaunch))).toMatchObject({ problem: { code: 'init' } });
    const offline = fakeLrs();
    offline.offline = true;
    expect(await openCmi5(LAUNCH, options(offline))).toMatchObject({ problem: { code: 'network' } });

    const { lrs, session } = await open();
    lrs.refuseStatements = true;
    expect(await session.report(report({ completed: true }))).toMatchObject({ code: '500' });
    lrs.refuseStatements = false;
    lrs.offline = true;
    expect(await session.report(report({ completed: true }))).toMatchObject({ code: 'network' });
    lrs.offline = false;
    expect(await session.report(report({ completed: true }))).toBeNull();
    expect(verbs(lrs)).toEqual(['initialized', 'completed']);
    expect(() => session.terminate(true)).not.toThrow();
    expect(await session.report(report())).toMatchObject({ code: 'terminated' });
  });

  it('gives up a request that hangs, so later reports are not blocked', async () => {
    const lrs = fakeLrs();
    let hang = false;
    // An LRS that stops answering; only the adapter's timeout (abort) ends the request.
    const fetch: FakeLrs['fetch'] = (url, init) =>
      hang ? new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))) : lrs.fetch(url, init);
    const opened = await openCmi5(LAUNCH, { ...options(lrs), fetch, timeoutMs: 20 });
    if (!('session' in opened)) throw new Error('no session');
    hang = true;
    expect(await opened.session.report(report())).toMatchObject({ code: 'network' });
    hang = false;
    expect(await opened.session.report(report())).toBeNull();
  });
});

/** A second launch of the same registration: the LMS hands out a fresh token URL. */
function fakeLrsToken(lrs: FakeLrs) {
  let given = false;
  return (url: string, init: Parameters<FakeLrs['fetch']>[1]) => {
    if (url === LAUNCH.fetchUrl && !given) {
      given = true;
      return Promise.resolve({ ok: true, status: 200, text: async () => JSON.stringify({ 'auth-token': 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==' }) });
    }
    return lrs.fetch(url, init);
  };
}
