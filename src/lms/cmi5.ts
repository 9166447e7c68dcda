/**
 * cmi5 (xAPI): the launch sequence of cmi5 section 8 and 10 with an injected `fetch` (the one
 * network exception, to the endpoint the launch gives): POST the fetch URL for the auth token, read
 * the LMS.LaunchData state (contextTemplate, launchMode, moveOn, masteryScore, returnURL) and the
 * learner preferences, read our own state document (suspend data and which verbs this
 * registration already has), then the statements initialized, completed, passed / failed and
 * terminated, with the spec's verbs only.
 *
 * The spec's ordering rules (9.3): completed and passed at most once per registration; at most
 * one of passed / failed per session; no failed after passed. So passed is sent the moment it is
 * earned, and failed only at the end of the session, when no passed can follow in it any more: a
 * learner who fails and then passes in one session is reported as passed.
 */
import type { Cmi5Launch } from './discovery';
import { isoDuration } from './durations';
import { PROBLEM, problemOf, type LmsProblem, type LmsReport, type LmsSession } from './types';

export const XAPI_VERSION = '1.0.3';
export const SUSPEND_STATE_ID = 'primaweb-suspend';
const VERB = 'http://adlnet.gov/expapi/verbs/';
const CATEGORY_CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const CATEGORY_MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const EXT_MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

/** The part of `fetch` the adapter uses (the global one fits). */
export type FetchLike = (url: string, init: { method: string; headers?: Record<string, string>; body?: string; keepalive?: boolean; signal?: AbortSignal }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export interface Cmi5Options {
  fetch: FetchLike;
  now?: () => Date;
  uuid?: () => string;
  /** A request that takes longer is given up (a hung LRS must not block later reports). */
  timeoutMs?: number;
}

type Json = Record<string, unknown>;

export interface LaunchData {
  contextTemplate: Json;
  launchMode: 'Normal' | 'Browse' | 'Review';
  moveOn: string | null;
  /** Scaled 0–1, when the course structure gives one: it then decides passed / failed. */
  masteryScore: number | null;
  returnUrl: string | null;
}

export interface Cmi5Session extends LmsSession {
  readonly kind: 'cmi5';
  readonly launchData: LaunchData;
}

/** Our state document: the suspend data, and the verbs this registration already has. */
interface OwnState {
  data: string;
  sent: { completed: boolean; passed: boolean };
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function launchDataOf(doc: unknown): LaunchData | null {
  if (!isObject(doc) || !isObject(doc.contextTemplate)) return null;
  const mode = doc.launchMode;
  if (mode !== 'Normal' && mode !== 'Browse' && mode !== 'Review') return null;
  const mastery = doc.masteryScore;
  return {
    contextTemplate: doc.contextTemplate,
    launchMode: mode,
    moveOn: typeof doc.moveOn === 'string' ? doc.moveOn : null,
    masteryScore: typeof mastery === 'number' && mastery >= 0 && mastery <= 1 ? mastery : null,
    returnUrl: typeof doc.returnURL === 'string' ? doc.returnURL : null,
  };
}

function ownStateOf(doc: unknown): OwnState {
  const sent = isObject(doc) && isObject(doc.sent) ? doc.sent : {};
  return {
    data: isObject(doc) && typeof doc.data === 'string' ? doc.data : '',
    sent: { completed: sent.completed === true, passed: sent.passed === true },
  };
}

/** Passed or failed as cmi5 wants it: by the LMS's masteryScore when it gives one and there is a score. */
export function cmi5Success(report: Pick<LmsReport, 'success' | 'score'>, masteryScore: number | null): LmsReport['success'] {
  if (masteryScore === null || report.score === null || report.success === 'unknown') return report.success;
  return report.score / 100 >= masteryScore ? 'passed' : 'failed';
}

export async function openCmi5(launch: Cmi5Launch, options: Cmi5Options): Promise<{ session: Cmi5Session } | { problem: LmsProblem }> {
  const now = options.now ?? (() => new Date());
  const uuid = options.uuid ?? (() => globalThis.crypto.randomUUID());
  const timeoutMs = options.timeoutMs ?? 20_000;
  const base = launch.endpoint.endsWith('/') ? launch.endpoint : `${launch.endpoint}/`;
  const agent = JSON.stringify(launch.actor);
  let headers: Record<string, string> = { 'X-Experience-API-Version': XAPI_VERSION };

  /** A request; resolves with the status and body, or a problem (network, timeout, refusal). */
  async function request(method: string, url: string, body?: unknown, keepalive = false): Promise<{ status: number; body: unknown } | { problem: LmsProblem }> {
    const controller = !keepalive && typeof AbortController === 'function' ? new AbortController() : null;
    const timer = controller ? setTimeout(() => controller.abort(), timeoutMs) : null;
    try {
      const response = await options.fetch(url, {
        method,
        headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(keepalive ? { keepalive: true } : {}),
        ...(controller ? { signal: controller.signal } : {}),
      });
      const text = await response.text();
      if (!response.ok && response.status !== 404) return { problem: { code: String(response.status), message: `${method} ${url}: ${text.slice(0, 200)}` } };
      return { status: response.status, body: parse(text) };
    } catch (error) {
      return { problem: problemOf(error, PROBLEM.network) };
    } finally {
      if (timer) clearTimeout(timer);
    }
  }
  const stateUrl = (stateId: string) => `${base}activities/state?${new URLSearchParams({ stateId, activityId: launch.activityId, agent, registration: launch.registration })}`;

  // 1. The auth token (cmi5 8.2): a one-time POST, no xAPI headers.
  let tokenResponse: Awaited<ReturnType<FetchLike>>;
  try {
    tokenResponse = await options.fetch(launch.fetchUrl, { method: 'POST' });
  } catch (error) {
    return { problem: problemOf(error, PROBLEM.network) };
  }
  const token = parse(await tokenResponse.text().catch(() => ''));
  if (!isObject(token) || typeof token['auth-token'] !== 'string') {
    const code = isObject(token) && token['error-code'] !== undefined ? `cmi5-${String(token['error-code'])}` : String(tokenResponse.status);
    const text = isObject(token) && typeof token['error-text'] === 'string' ? token['error-text'] : 'no auth-token';
    return { problem: { code, message: `fetch: ${text}` } };
  }
  headers = { ...headers, Authorization: `Basic ${token['auth-token']}` };

  // 2. LMS.LaunchData (required), the learner preferences and our own state (both optional).
  const launchResponse = await request('GET', stateUrl('LMS.LaunchData'));
  if ('problem' in launchResponse) return launchResponse;
  const parsed = launchDataOf(launchResponse.body);
  if (!parsed) return { problem: { code: PROBLEM.init, message: 'LMS.LaunchData: missing or invalid' } };
  // Its contextTemplate carries the session id the LMS made (9.6.3.1): every statement keeps it.
  const launchData: LaunchData = parsed;
  const preferences = await request('GET', `${base}agents/profile?${new URLSearchParams({ agent, profileId: 'cmi5LearnerPreferences' })}`);
  const language = 'body' in preferences && isObject(preferences.body) && typeof preferences.body.languagePreference === 'string' ? preferences.body.languagePreference : '';
  const stored = await request('GET', stateUrl(SUSPEND_STATE_ID));
  const own = ownStateOf('body' in stored && stored.status !== 404 ? stored.body : null);

  let lastTime = 0;
  /** Timestamps strictly increase: the spec orders a session's statements by them. */
  function timestamp(): string {
    lastTime = Math.max(now().getTime(), lastTime + 1);
    return new Date(lastTime).toISOString();
  }
  const template = launchData.contextTemplate;
  const templateActivities = isObject(template.contextActivities) ? template.contextActivities : {};
  const templateCategory = Array.isArray(templateActivities.category) ? templateActivities.category : [];

  /** A cmi5 defined statement: the contextTemplate kept whole, our categories and extensions added. */
  function statement(verb: string, result?: Json, extensions: Json = {}): Json {
    const moveOn = result !== undefined && ('success' in result || 'completion' in result);
    const ids = new Set(templateCategory.map((c) => (isObject(c) ? c.id : null)));
    const category = [...templateCategory, ...[CATEGORY_CMI5, ...(moveOn ? [CATEGORY_MOVEON] : [])].filter((id) => !ids.has(id)).map((id) => ({ objectType: 'Activity', id }))];
    return {
      id: uuid(),
      actor: launch.actor,
      verb: { id: `${VERB}${verb}`, display: { 'en-US': verb } },
      object: { objectType: 'Activity', id: launch.activityId },
      ...(result ? { result } : {}),
      context: {
        ...template,
        registration: launch.registration,
        contextActivities: { ...templateActivities, category },
        extensions: { ...(isObject(template.extensions) ? template.extensions : {}), ...extensions },
      },
      timestamp: timestamp(),
    };
  }
  const mastery: Json = launchData.masteryScore === null ? {} : { [EXT_MASTERY]: launchData.masteryScore };
  const judged = (report: LmsReport, success: boolean): Json => ({
    success,
    duration: isoDuration(report.sessionMs),
    ...(report.score === null ? {} : { score: { scaled: Math.round(report.score) / 100, raw: Math.round(report.score), min: 0, max: 100 } }),
  });

  // 3. initialized: the first statement of the session.
  const started = await request('POST', `${base}statements`, [statement('initialized')]);
  if ('problem' in started) return started;

  const sent = { ...own.sent };
  const startedAt = now().getTime();
  let finished = false;
  let chain: Promise<unknown> = Promise.resolve();
  const normal = launchData.launchMode === 'Normal';

  /** The statements a report earns that this registration does not have yet. */
  function earned(report: LmsReport, ending: boolean): { statements: Json[]; marks: (keyof OwnState['sent'])[] } {
    const statements: Json[] = [];
    const marks: (keyof OwnState['sent'])[] = [];
    if (!normal) return { statements, marks };
    if (report.completed && !sent.completed) {
      statements.push(statement('completed', { completion: true, duration: isoDuration(report.sessionMs) }));
      marks.push('completed');
    }
    const success = cmi5Success(report, launchData.masteryScore);
    if (success === 'passed' && !sent.passed) {
      statements.push(statement('passed', judged(report, true), mastery));
      marks.push('passed');
    } else if (ending && success === 'failed' && !sent.passed) {
      statements.push(statement('failed', judged(report, false), mastery));
    }
    return { statements, marks };
  }
  const ownDoc = (report: LmsReport) => ({ data: report.suspendData, sent: { ...sent } });

  const session: Cmi5Session = {
    kind: 'cmi5',
    resumeData: own.data,
    learnerName: typeof launch.actor.name === 'string' ? launch.actor.name : '',
    learnerLanguage: language.split(',')[0]?.trim() ?? '',
    launchData,
    report(report) {
      if (finished) return Promise.resolve({ code: PROBLEM.terminated, message: 'terminated was sent' });
      // One report at a time, in order: the marks of one decide the statements of the next.
      const run = chain.then(async (): Promise<LmsProblem | null> => {
        const { statements, marks } = earned(report, false);
        if (statements.length) {
          const posted = await request('POST', `${base}statements`, statements);
          if ('problem' in posted) return posted.problem;
          for (const mark of marks) sent[mark] = true;
        }
        const put = await request('PUT', stateUrl(SUSPEND_STATE_ID), ownDoc(report));
        return 'problem' in put ? put.problem : null;
      });
      chain = run.catch(() => undefined);
      return run.catch((error: unknown) => problemOf(error));
    },
    terminate(_unfinished, final) {
      // cmi5 has no "suspend": the state document keeps the data either way.
      if (finished) return;
      finished = true;
      const { statements, marks } = final ? earned(final, true) : { statements: [], marks: [] };
      for (const mark of marks) sent[mark] = true;
      const duration = isoDuration(final?.sessionMs ?? now().getTime() - startedAt);
      // One request, so the LRS gets them in order, kept alive past the page's end. A report still
      // in flight cannot be waited for here; its statements carry earlier timestamps.
      void request('POST', `${base}statements`, [...statements, statement('terminated', { duration })], true);
      if (final) void request('PUT', stateUrl(SUSPEND_STATE_ID), ownDoc(final), true);
    },
  };
  return { session };
}
