/**
 * Finds the LMS the standard way, before anything else of the LMS layer loads (this file is tiny
 * and imports nothing, so the app can call it at start and load the rest only when it finds one):
 * cmi5 launch parameters in the URL; otherwise the SCORM API object (2004's `API_1484_11`, then
 * 1.2's `API`) in this window or its parents, then in the opener and its parents (ADL's algorithm).
 * Nothing found: null, and the simulator works as it does without an LMS.
 */

/** SCORM 1.2's API ("LMS" functions). Results are strings by the standard; some LMSs return booleans. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
  LMSGetDiagnostic(code: string): unknown;
}

/** SCORM 2004's API (`API_1484_11`). */
export interface Scorm2004Api {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
  GetDiagnostic(code: string): unknown;
}

/** cmi5's launch parameters (cmi5 section 8.1), all five required. */
export interface Cmi5Launch {
  /** The LRS's base URL (xAPI endpoint). */
  endpoint: string;
  /** The one-time URL to POST for the authorization token. */
  fetchUrl: string;
  /** The learner as an xAPI Agent (with an `account`). */
  actor: Record<string, unknown>;
  registration: string;
  activityId: string;
}

export type LmsFound =
  | { kind: 'scorm2004'; api: Scorm2004Api }
  | { kind: 'scorm12'; api: Scorm12Api }
  | { kind: 'cmi5'; launch: Cmi5Launch };

/** What discovery reads of a window; a real `Window` fits. */
export interface WindowLike {
  readonly parent?: unknown;
  readonly opener?: unknown;
  readonly location?: { readonly search: string };
}

/** ADL's sample searches 7 levels of parents for 1.2 (the LMS frameset is never deeper). */
export const MAX_PARENTS = 7;

/** Reads a property of a window that may be of another origin: such a read throws, and counts as absent. */
function read(win: unknown, key: string): unknown {
  try {
    return (win as Record<string, unknown> | null)?.[key];
  } catch {
    return undefined;
  }
}

const hasFunctions = (api: unknown, names: readonly string[]) =>
  typeof api === 'object' && api !== null && names.every((n) => typeof read(api, n) === 'function');

const API_2004 = ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'] as const;
const API_12 = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'] as const;

/** This window and up to MAX_PARENTS parents (a top window is its own parent). */
function chain(start: unknown): unknown[] {
  const windows: unknown[] = [];
  let win = start;
  for (let level = 0; win && level <= MAX_PARENTS; level++) {
    windows.push(win);
    const parent = read(win, 'parent');
    if (!parent || parent === win) break;
    win = parent;
  }
  return windows;
}

function findApi(windows: unknown[], name: string, functions: readonly string[]): unknown {
  for (const win of windows) {
    const api = read(win, name);
    if (hasFunctions(api, functions)) return api;
  }
  return null;
}

/** cmi5's launch parameters from a query string, or null unless all five are there and usable. */
export function cmi5LaunchOf(search: string): Cmi5Launch | null {
  const query = new URLSearchParams(search);
  const endpoint = query.get('endpoint');
  const fetchUrl = query.get('fetch');
  const actorText = query.get('actor');
  const registration = query.get('registration');
  const activityId = query.get('activityId');
  if (!endpoint || !fetchUrl || !actorText || !registration || !activityId) return null;
  try {
    new URL(endpoint);
    new URL(fetchUrl);
    const actor: unknown = JSON.parse(actorText);
    if (typeof actor !== 'object' || actor === null || Array.isArray(actor)) return null;
    return { endpoint, fetchUrl, actor: actor as Record<string, unknown>, registration, activityId };
  } catch {
    return null;
  }
}

/** The LMS this page was launched from, or null. 2004 is preferred when a window offers both. */
export function discoverLms(win: WindowLike): LmsFound | null {
  const location = read(win, 'location') as { search?: unknown } | undefined;
  const launch = cmi5LaunchOf(typeof location?.search === 'string' ? location.search : '');
  if (launch) return { kind: 'cmi5', launch };
  const opener = read(win, 'opener');
  const windows = [...chain(win), ...(opener ? chain(opener) : [])];
  const api2004 = findApi(windows, 'API_1484_11', API_2004);
  if (api2004) return { kind: 'scorm2004', api: api2004 as Scorm2004Api };
  const api12 = findApi(windows, 'API', API_12);
  if (api12) return { kind: 'scorm12', api: api12 as Scorm12Api };
  return null;
}
