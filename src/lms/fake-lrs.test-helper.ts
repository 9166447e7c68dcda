/**
 * A fake cmi5 LMS and LRS behind an injected `fetch`, for the cmi5 adapter's tests: hands out the
 * auth token once, serves LMS.LaunchData and the learner preferences, keeps state documents and
 * statements, checks the xAPI headers, and refuses statements after "terminated", as an LMS may.
 * It can go offline (fetch throws) or refuse statements.
 */
import type { Cmi5Launch } from './discovery';
import type { FetchLike } from './cmi5';

export const TOKEN = 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==';

export const LAUNCH: Cmi5Launch = {
  endpoint: 'https://lrs.example/xapi',
  fetchUrl: 'https://lms.example/fetch/abc',
  actor: { objectType: 'Agent', name: 'Lotte Vermeulen', account: { homePage: 'https://lms.example', name: 'lotte' } },
  registration: 'a0a37fbe-04f1-46a3-9135-29aa41d4f1ee',
  activityId: 'https://lms.example/au/primaweb-profielen',
};

export const LAUNCH_DATA = {
  contextTemplate: {
    contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://primaweb.example/au/profielen' }] },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': '680cef64-bc48-4b57-af6b-be4217e69aff' },
  },
  launchMode: 'Normal',
  returnURL: 'https://lms.example/course/1',
  moveOn: 'CompletedOrPassed',
};

export interface FakeLrs {
  statements: Record<string, any>[];
  states: Map<string, string>;
  requests: { method: string; url: string; headers: Record<string, string>; keepalive: boolean }[];
  launchData: unknown;
  preferences: unknown;
  offline: boolean;
  refuseStatements: boolean;
  /** Delays every LRS answer until released (to test requests in flight). */
  hold: Promise<void> | null;
  fetch: FetchLike;
}

const respond = (status: number, body?: unknown) => ({ ok: status >= 200 && status < 300, status, text: async () => (body === undefined ? '' : JSON.stringify(body)) });

export function fakeLrs(): FakeLrs {
  let tokenGiven = false;
  const lrs: FakeLrs = {
    statements: [],
    states: new Map(),
    requests: [],
    launchData: LAUNCH_DATA,
    preferences: { languagePreference: 'fr-BE,nl-BE', audioPreference: 'on' },
    offline: false,
    refuseStatements: false,
    hold: null,
    fetch: async (url, init) => {
      lrs.requests.push({ method: init.method, url, headers: init.headers ?? {}, keepalive: init.keepalive === true });
      if (lrs.offline) throw new TypeError('Failed to fetch');
      if (url === LAUNCH.fetchUrl) {
        if (init.method !== 'POST') return respond(405);
        if (tokenGiven) return respond(200, { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
        tokenGiven = true;
        return respond(200, { 'auth-token': TOKEN });
      }
      if (lrs.hold) await lrs.hold;
      const headers = init.headers ?? {};
      if (headers['X-Experience-API-Version'] !== '1.0.3' || headers.Authorization !== `Basic ${TOKEN}`) return respond(401, { error: 'headers' });
      const { pathname, searchParams } = new URL(url);
      const path = pathname.replace(/^\/xapi\//, '');
      if (path === 'activities/state') {
        const key = ['stateId', 'activityId', 'agent', 'registration'].map((k) => searchParams.get(k)).join('|');
        if (searchParams.get('stateId') === 'LMS.LaunchData') return init.method === 'GET' && lrs.launchData ? respond(200, lrs.launchData) : respond(lrs.launchData ? 403 : 404);
        if (init.method === 'GET') return lrs.states.has(key) ? { ok: true, status: 200, text: async () => lrs.states.get(key)! } : respond(404);
        if (init.method === 'PUT') {
          lrs.states.set(key, init.body ?? '');
          return respond(204);
        }
      }
      if (path === 'agents/profile') return lrs.preferences ? respond(200, lrs.preferences) : respond(404);
      if (path === 'statements' && init.method === 'POST') {
        if (lrs.refuseStatements) return respond(500, { error: 'LRS down' });
        const batch = JSON.parse(init.body ?? '[]') as Record<string, any>[];
        if (lrs.statements.some((s) => s.verb.id.endsWith('/terminated'))) return respond(403, { error: 'session terminated' });
        lrs.statements.push(...batch);
        return respond(200, batch.map((s) => s.id));
      }
      return respond(404);
    },
  };
  return lrs;
}
