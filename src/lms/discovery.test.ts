import { describe, expect, it } from 'vitest';
import { cmi5LaunchOf, discoverLms, MAX_PARENTS } from './discovery';

const api2004 = () => Object.fromEntries(['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'].map((n) => [n, () => 'true']));
const api12 = () => Object.fromEntries(['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'].map((n) => [n, () => 'true']));

type Win = Record<string, unknown> & { parent?: unknown };
/** A top window (its own parent) with the given properties. */
function top(props: Record<string, unknown> = {}): Win {
  const win: Win = { ...props, location: { search: '' } };
  win.parent = win;
  return win;
}
const child = (parent: unknown, props: Record<string, unknown> = {}): Win => ({ ...props, parent, location: { search: '' } });
/** A window of another origin: every read throws, as the browser's SecurityError. */
const foreign = (parent: unknown) =>
  new Proxy({}, {
    get(_t, key) {
      if (key === 'parent') return parent;
      throw new DOMException('Blocked a frame with origin', 'SecurityError');
    },
  });

describe('SCORM discovery', () => {
  it('finds nothing without an LMS', () => {
    expect(discoverLms(top())).toBeNull();
    expect(discoverLms({})).toBeNull();
  });

  it("finds 1.2's API in a parent frame, and 2004's in the window itself", () => {
    expect(discoverLms(child(child(top({ API: api12() }))))?.kind).toBe('scorm12');
    expect(discoverLms(top({ API_1484_11: api2004() }))?.kind).toBe('scorm2004');
  });

  it('prefers 2004 when both exist, even further up', () => {
    const lms = top({ API_1484_11: api2004() });
    expect(discoverLms(child(child(lms), { API: api12() }))?.kind).toBe('scorm2004');
  });

  it('stops after MAX_PARENTS parents', () => {
    let win: Win = top({ API: api12() });
    for (let i = 0; i < MAX_PARENTS; i++) win = child(win);
    expect(discoverLms(win)?.kind).toBe('scorm12');
    expect(discoverLms(child(win))).toBeNull();
  });

  it('looks in the opener and its parents when the frames have none', () => {
    const opener = child(top({ API_1484_11: api2004() }));
    expect(discoverLms({ ...top(), opener })?.kind).toBe('scorm2004');
  });

  it('steps over a frame of another origin instead of failing', () => {
    const lms = top({ API: api12() });
    expect(discoverLms(child(foreign(lms)))?.kind).toBe('scorm12');
    expect(discoverLms(child(foreign(foreign(top()))))).toBeNull();
  });

  it('ignores an API object without the standard functions', () => {
    expect(discoverLms(top({ API: { LMSInitialize: () => 'true' } }))).toBeNull();
  });
});

describe('cmi5 launch', () => {
  const actor = JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'lotte' } });
  const query = (params: Record<string, string>) => '?' + new URLSearchParams(params).toString();
  const all = { endpoint: 'https://lrs.example/xapi/', fetch: 'https://lms.example/token?k=1', actor, registration: 'a0a37fbe-04f1-46a3-9135-29aa41d4f1ee', activityId: 'https://lms.example/au/1' };

  it('reads the five launch parameters', () => {
    const launch = cmi5LaunchOf(query(all));
    expect(launch).toEqual({ endpoint: all.endpoint, fetchUrl: all.fetch, actor: JSON.parse(actor), registration: all.registration, activityId: all.activityId });
  });

  it('needs all five, and a usable actor and URLs', () => {
    for (const key of Object.keys(all)) {
      const some: Record<string, string> = { ...all };
      delete some[key];
      expect(cmi5LaunchOf(query(some)), key).toBeNull();
    }
    expect(cmi5LaunchOf(query({ ...all, actor: '{nope' }))).toBeNull();
    expect(cmi5LaunchOf(query({ ...all, actor: '"x"' }))).toBeNull();
    expect(cmi5LaunchOf(query({ ...all, endpoint: 'lrs' }))).toBeNull();
  });

  it('wins over a SCORM API around the page', () => {
    const win = { ...top({ API_1484_11: api2004() }), location: { search: query(all) } };
    expect(discoverLms(win)?.kind).toBe('cmi5');
  });
});
