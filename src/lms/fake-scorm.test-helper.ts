/**
 * A fake SCORM LMS for the adapters' tests, for both versions: keeps the data model in a map,
 * records every call, and can refuse elements, refuse commits, fail to initialise, or vanish
 * (every call throws, as when the LMS frame is gone).
 */
import type { Scorm12Api, Scorm2004Api } from './discovery';

export interface FakeScorm {
  data: Map<string, string>;
  calls: string[];
  /** Elements whose SetValue is refused (error 351 in 2004, 405 in 1.2). */
  refuse: Set<string>;
  /** Refuse every interaction element (1.2 LMSs that do not keep them). */
  refuseInteractions: boolean;
  failCommit: boolean;
  failInit: boolean;
  vanished: boolean;
  initialized: boolean;
  finished: boolean;
  /** Values of `element` at each commit, in order. */
  committed: Map<string, string>[];
}

function fake(version: '1.2' | '2004', initial: Record<string, string>) {
  const state: FakeScorm = {
    data: new Map(Object.entries(initial)),
    calls: [],
    refuse: new Set(),
    refuseInteractions: false,
    failCommit: false,
    failInit: false,
    vanished: false,
    initialized: false,
    finished: false,
    committed: [],
  };
  let lastError = '0';
  const errors: Record<string, string> = { '0': 'No error', '101': 'General exception', '301': 'Not initialized', '351': 'General Set Failure', '391': 'General Commit Failure', '403': 'Data Model Element Value Not Initialized', '405': 'Incorrect Data Type' };
  const guard = (name: string) => {
    state.calls.push(name);
    if (state.vanished) throw new Error("Can't execute code from a freed script");
  };
  const result = (ok: boolean, code = '101') => {
    lastError = ok ? '0' : code;
    return ok ? 'true' : 'false';
  };
  const count = () => {
    let n = 0;
    while (state.data.has(`cmi.interactions.${n}.id`)) n++;
    return n;
  };
  const api = {
    initialize(): string {
      guard('Initialize');
      if (state.failInit) return result(false, '101');
      state.initialized = true;
      return result(true);
    },
    finish(): string {
      guard('Terminate');
      state.finished = true;
      return result(state.initialized);
    },
    get(element: string): string {
      guard(`GetValue ${element}`);
      if (!state.initialized || state.finished) return (result(false, '301'), '');
      if (element === 'cmi.interactions._count') return (result(true), String(count()));
      if (version === '1.2' && /^cmi\.interactions\.\d+\./.test(element)) return (result(false, '404'), '');
      const value = state.data.get(element);
      if (value === undefined) return (result(false, version === '2004' ? '403' : '0'), '');
      return (result(true), value);
    },
    set(element: string, value: string): string {
      guard(`SetValue ${element}=${value}`);
      if (!state.initialized || state.finished) return result(false, '301');
      const interaction = /^cmi\.interactions\.(\d+)\.(\w+)$/.exec(element);
      if (state.refuse.has(element) || (interaction && state.refuseInteractions)) return result(false, version === '2004' ? '351' : '405');
      if (interaction && interaction[2] !== 'id' && !state.data.has(`cmi.interactions.${interaction[1]}.id`)) return result(false, version === '2004' ? '408' : '201');
      if (interaction && Number(interaction[1]) > count()) return result(false, version === '2004' ? '351' : '201');
      state.data.set(element, value);
      return result(true);
    },
    commit(): string {
      guard('Commit');
      if (state.failCommit) return result(false, '391');
      state.committed.push(new Map(state.data));
      return result(state.initialized && !state.finished, '301');
    },
    lastError: () => (guard('GetLastError'), lastError),
    errorString: (code: string) => (guard('GetErrorString'), errors[code] ?? 'Unknown error'),
    diagnostic: (code: string) => (guard('GetDiagnostic'), code === '0' ? '' : `diagnostic ${code}`),
  };
  return { state, api };
}

export function fakeScorm2004(initial: Record<string, string> = {}): { lms: FakeScorm; api: Scorm2004Api } {
  const { state, api } = fake('2004', initial);
  return {
    lms: state,
    api: {
      Initialize: api.initialize,
      Terminate: api.finish,
      GetValue: api.get,
      SetValue: api.set,
      Commit: api.commit,
      GetLastError: api.lastError,
      GetErrorString: api.errorString,
      GetDiagnostic: api.diagnostic,
    },
  };
}

export function fakeScorm12(initial: Record<string, string> = {}): { lms: FakeScorm; api: Scorm12Api } {
  const { state, api } = fake('1.2', initial);
  return {
    lms: state,
    api: {
      LMSInitialize: api.initialize,
      LMSFinish: api.finish,
      LMSGetValue: api.get,
      LMSSetValue: api.set,
      LMSCommit: api.commit,
      LMSGetLastError: api.lastError,
      LMSGetErrorString: api.errorString,
      LMSGetDiagnostic: api.diagnostic,
    },
  };
}
