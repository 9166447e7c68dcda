import { describe, expect, it } from 'vitest';
import nl from '../i18n/nl.json';
import fr from '../i18n/fr.json';
import { initialWorld } from '../world/seed';
import { createLmsBridge, noticeOfProblem, type BridgeClock, type LmsNotice, type PageEvents } from './bridge';
import { fakeScorm2004 } from './fake-scorm.test-helper';
import { LABELS, learner } from './learner-data.test-helper';
import { openScorm2004 } from './scorm2004';
import { decodeSuspend, encodeSuspend, NOTHING_DROPPED, type SuspendInput } from './suspend-codec';
import type { LmsProblem, LmsReport, LmsSession, LmsStatus } from './types';

/** Timers by hand: `advance(ms)` runs what is due. */
function manualClock() {
  let now = 1_000_000;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: BridgeClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (id) => timers.delete(id as number),
  };
  return {
    clock,
    pending: () => timers.size,
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at <= now) {
          timers.delete(id);
          t.run();
        }
      }
    },
  };
}

function fakePage() {
  const listeners = new Map<string, Set<() => void>>();
  let hidden = false;
  const page: PageEvents = {
    addEventListener: (type, l) => void (listeners.get(type) ?? listeners.set(type, new Set()).get(type)!).add(l),
    removeEventListener: (type, l) => void listeners.get(type)?.delete(l),
    hidden: () => hidden,
  };
  return { page, fire: (type: string, isHidden = hidden) => ((hidden = isHidden), [...(listeners.get(type) ?? [])].forEach((l) => l())), count: (type: string) => listeners.get(type)?.size ?? 0 };
}

/** A session that records reports; each report waits until released when `hold` is on. */
function recordingSession(resumeData = '') {
  const reports: LmsReport[] = [];
  const terminations: { unfinished: boolean; final?: LmsReport }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let release: (() => void)[] = [];
  const state = { hold: false, problem: null as LmsProblem | null };
  const session: LmsSession = {
    kind: 'scorm2004',
    resumeData,
    learnerName: '',
    learnerLanguage: '',
    async report(r) {
      reports.push(r);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      if (state.hold) await new Promise<void>((resolve) => release.push(resolve));
      inFlight--;
      return state.problem;
    },
    terminate: (unfinished, final) => void terminations.push({ unfinished, ...(final ? { final } : {}) }),
  };
  return {
    session,
    reports,
    terminations,
    state,
    maxInFlight: () => maxInFlight,
    releaseAll: () => {
      const all = release;
      release = [];
      all.forEach((r) => r());
    },
  };
}

const STATUS: LmsStatus = { completed: false, success: 'unknown', score: null, interactions: [] };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(over: { status?: () => LmsStatus | null; resumeData?: string } = {}) {
  const time = manualClock();
  const page = fakePage();
  const lms = recordingSession(over.resumeData);
  const notices: LmsNotice[] = [];
  let version = 0;
  const bridge = createLmsBridge({
    session: lms.session,
    scope: () => (over.status ? over.status() : STATUS),
    read: () => ({ version }),
    encode: async (r) => ({ text: `PW1:v${r.version}`, dropped: NOTHING_DROPPED }),
    decode: async (text) => (text === 'PW1:bad' ? { state: null, problem: { code: 'corrupt', message: 'x' } } : { state: null, problem: null }),
    notify: (n) => notices.push(n),
    clock: time.clock,
    page: page.page,
    debounceMs: 1000,
    maxWaitMs: 5000,
  });
  return { time, page, lms, notices, bridge, bump: () => version++ };
}

describe('LMS bridge', () => {
  it('has its notices in both catalogs', () => {
    for (const key of ['notice.lms.unavailable', 'notice.lms.saveFailed', 'notice.lms.lost', 'notice.lms.trimmed', 'notice.lms.resumeCorrupt', 'notice.lms.resumePartial']) {
      expect(nl, key).toHaveProperty([key]);
      expect(fr, key).toHaveProperty([key]);
    }
    expect(noticeOfProblem({ code: 'gone', message: '' }).key).toBe('notice.lms.lost');
    expect(noticeOfProblem({ code: '391', message: '' }).key).toBe('notice.lms.saveFailed');
  });

  it('debounces changes into one report, with the latest records and the session time', async () => {
    const { time, lms, bridge, bump } = setup();
    await bridge.start();
    for (let i = 0; i < 5; i++) {
      bump();
      bridge.changed();
      time.advance(300);
    }
    expect(lms.reports).toHaveLength(0);
    time.advance(1000);
    await tick();
    expect(lms.reports).toHaveLength(1);
    expect(lms.reports[0]).toMatchObject({ suspendData: 'PW1:v5', sessionMs: 2500 });
  });

  it('still reports during a long stream of changes (max wait)', async () => {
    const { time, lms, bridge } = setup();
    for (let i = 0; i < 12; i++) {
      bridge.changed();
      time.advance(500);
    }
    await tick();
    expect(lms.reports).toHaveLength(1);
  });

  it('never has two reports in flight: changes during one make exactly one more', async () => {
    const { time, lms, bridge, bump } = setup();
    lms.state.hold = true;
    bridge.changed();
    time.advance(1000);
    await tick();
    expect(lms.reports).toHaveLength(1);
    for (let i = 0; i < 3; i++) {
      bump();
      bridge.changed();
      time.advance(1000);
      await tick();
    }
    expect(lms.reports).toHaveLength(1);
    lms.state.hold = false;
    lms.releaseAll();
    await bridge.flush();
    expect(lms.reports).toHaveLength(2);
    expect(lms.reports[1]!.suspendData).toBe('PW1:v3');
    expect(lms.maxInFlight()).toBe(1);
  });

  it('waits for the tests to load before reporting anything', async () => {
    let status: LmsStatus | null = null;
    const { lms, bridge } = setup({ status: () => status });
    await bridge.flush();
    expect(lms.reports).toHaveLength(0);
    status = STATUS;
    await bridge.flush();
    expect(lms.reports).toHaveLength(1);
  });

  it('shows a problem once until a report gets through, then again when it recurs', async () => {
    const { lms, notices, bridge } = setup();
    lms.state.problem = { code: '391', message: 'General Commit Failure' };
    await bridge.flush();
    await bridge.flush();
    expect(notices).toEqual([{ key: 'notice.lms.saveFailed', tone: 'warning' }]);
    lms.state.problem = null;
    await bridge.flush();
    lms.state.problem = { code: 'gone', message: 'freed script' };
    await bridge.flush();
    expect(notices.map((n) => n.key)).toEqual(['notice.lms.saveFailed', 'notice.lms.lost']);
  });

  it('terminates on pagehide, suspended while the scope is unfinished, with the last suspend data', async () => {
    const { time, page, lms, bridge } = setup();
    await bridge.start();
    await bridge.flush();
    time.advance(60_000);
    page.fire('pagehide');
    page.fire('pagehide');
    expect(lms.terminations).toEqual([{ unfinished: true, final: { ...STATUS, suspendData: 'PW1:v0', sessionMs: 60_000 } }]);
    expect(page.count('pagehide')).toBe(0);
    bridge.changed();
    expect(time.pending()).toBe(0);
  });

  it('exits normally when the scope is complete', async () => {
    const { page, lms, bridge } = setup({ status: () => ({ ...STATUS, completed: true, success: 'passed', score: 90 }) });
    await bridge.start();
    page.fire('pagehide');
    expect(lms.terminations[0]).toMatchObject({ unfinished: false, final: { completed: true, suspendData: '' } });
  });

  it('reports at once when the page is hidden, so the data at unload is fresh', async () => {
    const { page, lms, bridge } = setup();
    await bridge.start();
    page.fire('visibilitychange', true);
    await tick();
    expect(lms.reports).toHaveLength(1);
  });

  it('gives back the resume state, and a notice when it cannot be read', async () => {
    expect(await setup().bridge.start()).toBeNull();
    const bad = setup({ resumeData: 'PW1:bad' });
    expect(await bad.bridge.start()).toBeNull();
    expect(bad.notices).toEqual([{ key: 'notice.lms.resumeCorrupt', tone: 'warning' }]);
  });

  it('says once when the suspend data had to leave parts out', async () => {
    const { time } = { time: manualClock() };
    const lms = recordingSession();
    const notices: LmsNotice[] = [];
    const bridge = createLmsBridge({
      session: lms.session,
      scope: () => STATUS,
      read: () => ({}),
      encode: async () => ({ text: 'PW1:x', dropped: { ...NOTHING_DROPPED, world: true } }),
      decode: async () => ({ state: null, problem: null }),
      notify: (n) => notices.push(n),
      clock: time.clock,
    });
    await bridge.flush();
    await bridge.flush();
    expect(notices).toEqual([{ key: 'notice.lms.trimmed', tone: 'info' }]);
  });

  it('carries a learner to a new PC through a real SCORM 2004 LMS and the real codec', async () => {
    const { lms: scorm, api } = fakeScorm2004();
    const input: SuspendInput = learner({ ...initialWorld(), today: '2026-03-09' });
    const first = openScorm2004(api);
    if (!('session' in first)) throw new Error('no session');
    const bridge = createLmsBridge({
      session: first.session,
      scope: () => ({ ...STATUS, interactions: [] }),
      read: () => input,
      encode: (r) => encodeSuspend(r),
      decode: (text) => decodeSuspend(text, initialWorld(), LABELS),
      notify: () => undefined,
    });
    expect(await bridge.start()).toBeNull();
    await bridge.flush();
    bridge.terminate();
    expect(scorm.data.get('cmi.exit')).toBe('suspend');
    // The LMS resumes the attempt on the next launch, elsewhere.
    scorm.data.set('cmi.entry', 'resume');
    scorm.initialized = false;
    scorm.finished = false;
    const second = openScorm2004(api);
    if (!('session' in second)) throw new Error('no session');
    const resumed = await createLmsBridge({ ...bridgeDeps(second.session) }).start();
    expect(resumed).toMatchObject({ world: input.world, progress: input.progress, history: input.history, course: input.course, scenarioRun: input.scenarioRun, assessmentRun: input.assessmentRun });
  });
});

function bridgeDeps(session: LmsSession) {
  return {
    session,
    scope: () => STATUS,
    read: () => ({}),
    encode: async () => ({ text: '', dropped: NOTHING_DROPPED }),
    decode: (text: string) => decodeSuspend(text, initialWorld(), LABELS),
    notify: () => undefined,
  };
}
