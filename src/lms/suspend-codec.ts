/**
 * The learner's state as suspend_data, so they can continue on another PC: compact and always at
 * most SUSPEND_LIMIT (4,096) characters, SCORM 1.2's limit, used for every standard.
 *
 * `PW1:` + base64url(deflate-raw(JSON)) (`PW0:` without the deflate, for a browser without
 * CompressionStream). The world, and the starting world of a scenario run, travel as a diff
 * against the world as delivered, with its schema and a fingerprint: a later version whose
 * delivered world differs cannot apply the diff, and then restores everything but the world.
 * The tag is the format's version: a later format gets a new tag, and keeps reading this one.
 *
 * When the whole is over the limit, parts go in order of least importance: the world, the scenario
 * run, the test under way, then test reports oldest first (the latest and the best of each test
 * last); progress, checklist, course record and preferences stay. What went is returned, for the
 * app to say so, and is written in the data, for the next session to know. The reports' labels
 * are left out when the tests' definitions have them (labels.ts).
 */
import { ASSESSMENT_RUN_RECORD, ASSESSMENTS_RECORD, CHECKLIST_RECORD, COURSE_RECORD, PREFS_RECORD, PROGRESS_RECORD, type Prefs } from '../app/records';
import { SCENARIO_RUN_RECORD, WORLD_RECORD } from '../app/world-records';
import type { ChecklistTicks } from '../domain/merger-checklist';
import type { AssessmentHistory, AssessmentReport, AssessmentRun } from '../training/assessment-report';
import type { CourseRecord, Scoring } from '../training/course-status';
import type { Progress } from '../training/progress';
import type { ScenarioRun } from '../training/scenario-run';
import type { World } from '../world/types';
import { fromBase64url, toBase64url } from './base64url';
import { canDeflate, deflateRaw, inflateRaw } from './deflate';
import { diff, patch, type Json, type Patch } from './json-diff';
import { packProgress, unpackProgress, type PackedProgress } from './progress-codec';
import { fillReport, fillResult, stripReport, stripResult, type LabelSource } from './labels';
import { SUSPEND_LIMIT, type LmsProblem } from './types';

/** The learner's records, as the runtime keeps them. */
export interface LearnerState {
  world: World;
  progress: Progress;
  checklist: ChecklistTicks;
  /** The test reports, newest first. */
  history: AssessmentHistory;
  course: CourseRecord;
  scenarioRun: ScenarioRun | null;
  assessmentRun: AssessmentRun | null;
  prefs: Prefs;
}

export interface SuspendInput extends LearnerState {
  /** The world as delivered (initialWorld()): the diffs are against it. */
  initial: World;
  /** When (real time, ISO), so the app can tell the LMS's copy from a newer local one. */
  savedAt: string;
  /** The tests' scoring, if loaded: then the best report of each test is kept longest. */
  scoring?: Scoring;
  /**
   * The tests' labels (labels.ts), if loaded: labels equal to them are left out, which makes
   * reports a fifth of their size. The same source must then be given to decodeSuspend.
   */
  labels?: LabelSource;
}

/** What had to be left out to stay under the limit. */
export interface Dropped {
  world: boolean;
  scenarioRun: boolean;
  assessmentRun: boolean;
  /** Test reports left out (oldest first). */
  reports: number;
  /** Even progress and results did not fit (cannot happen with the course's records; kept for the bound). */
  everything: boolean;
}

export const NOTHING_DROPPED: Dropped = { world: false, scenarioRun: false, assessmentRun: false, reports: 0, everything: false };
export const droppedAnything = (d: Dropped): boolean => d.world || d.scenarioRun || d.assessmentRun || d.reports > 0 || d.everything;

/** What the LMS gave back: the learner's records, the world (and scenario run) when they could be restored. */
export interface ResumeState extends Omit<LearnerState, 'world'> {
  world: World | null;
  savedAt: string;
  /** What the saving session had to leave out. */
  dropped: Dropped;
}

const TAG_DEFLATE = 'PW1:';
const TAG_PLAIN = 'PW0:';

/** The JSON inside (v1). Short keys: they are repeated in every suspend_data. */
interface Payload {
  v: 1;
  at: string;
  /** World schema and fingerprint of the delivered world the diffs are against. */
  ws: number;
  wf: string;
  w?: Patch | null;
  /** Packed (progress-codec.ts) when not compressed. */
  p: Progress | PackedProgress;
  c: ChecklistTicks;
  /** The reports, their labels left out where the definitions have them. */
  h: unknown[];
  co: CourseRecord;
  pf: Prefs;
  r?: { s: string; m: ScenarioRun['mode']; w: Patch | null; i: ScenarioRun['intents'] } | null;
  t?: unknown;
  x: Dropped;
}

/** FNV-1a (32 bits) of the delivered world's JSON: enough to notice that it changed. */
export function fingerprint(world: World): string {
  const text = JSON.stringify(world);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

const json = (v: unknown) => v as Json;

async function pack(payload: Payload, deflate: boolean): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  return deflate ? TAG_DEFLATE + toBase64url(await deflateRaw(bytes)) : TAG_PLAIN + toBase64url(bytes);
}

/** Oldest first, the latest and (with scoring) the best report of each test last. */
function dropOrder(history: AssessmentHistory, scoring: Scoring | undefined): number[] {
  const kept = new Set<number>();
  const byTest = new Map<string, number[]>();
  history.forEach((r, i) => byTest.set(r.assessmentId, [...(byTest.get(r.assessmentId) ?? []), i]));
  for (const indices of byTest.values()) {
    kept.add(indices[0] as number);
    if (scoring) {
      const score = (i: number) => scoring.score(history[i] as AssessmentReport);
      kept.add(indices.reduce((best, i) => (score(i) > score(best) ? i : best)));
    }
  }
  const oldestFirst = history.map((_, i) => i).reverse();
  return [...oldestFirst.filter((i) => !kept.has(i)), ...oldestFirst.filter((i) => kept.has(i))];
}

/** Encodes the learner's state in at most `limit` characters, leaving out what must go. */
export async function encodeSuspend(input: SuspendInput, limit: number = SUSPEND_LIMIT): Promise<{ text: string; dropped: Dropped }> {
  const deflate = canDeflate();
  const initial = json(input.initial);
  const run = input.scenarioRun;
  const labels = input.labels;
  const history = labels ? input.history.map((r) => stripReport(r, labels)) : input.history;
  const test = input.assessmentRun;
  const full: Payload = {
    v: 1,
    at: input.savedAt,
    ws: WORLD_RECORD.schema,
    wf: fingerprint(input.initial),
    w: diff(initial, json(input.world)),
    p: deflate ? input.progress : packProgress(input.progress),
    c: input.checklist,
    h: history,
    co: input.course,
    pf: input.prefs,
    r: run && { s: run.scenarioId, m: run.mode, w: diff(initial, json(run.startWorld)), i: run.intents },
    t: test && labels ? { ...test, results: test.results.map((r) => stripResult(r, labels)) } : test,
    x: { ...NOTHING_DROPPED },
  };
  const attempt = async (payload: Payload) => {
    const text = await pack(payload, deflate);
    return text.length <= limit ? { text, dropped: payload.x } : null;
  };
  let payload = full;
  const fits = await attempt(payload);
  if (fits) return fits;
  // Least important first.
  for (const part of ['w', 'r', 't'] as const) {
    const { [part]: _left, ...rest } = payload;
    payload = { ...rest, x: { ...payload.x, [part === 'w' ? 'world' : part === 'r' ? 'scenarioRun' : 'assessmentRun']: true } } as Payload;
    const result = await attempt(payload);
    if (result) return result;
  }
  const order = dropOrder(input.history, input.scoring);
  for (let n = 1; n <= order.length; n++) {
    const gone = new Set(order.slice(0, n));
    payload = { ...payload, h: history.filter((_, i) => !gone.has(i)), x: { ...payload.x, reports: n } };
    const result = await attempt(payload);
    if (result) return result;
  }
  // Cannot happen with the course's records (progress alone is a few hundred characters), but the bound holds whatever comes in.
  const bare: Payload = { v: 1, at: input.savedAt, ws: full.ws, wf: full.wf, p: {}, c: {}, h: [], co: { lastActivity: null, learnerName: '' }, pf: input.prefs, x: { ...payload.x, everything: true } };
  return (await attempt(bare)) ?? { text: '', dropped: { ...bare.x } };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function droppedOf(x: unknown): Dropped {
  const d = isObject(x) ? x : {};
  return {
    world: d.world === true,
    scenarioRun: d.scenarioRun === true,
    assessmentRun: d.assessmentRun === true,
    reports: typeof d.reports === 'number' && Number.isInteger(d.reports) && d.reports >= 0 ? d.reports : 0,
    everything: d.everything === true,
  };
}

export type DecodeResult =
  /** '' (nothing kept): no state, no problem. */
  | { state: null; problem: null }
  | { state: null; problem: LmsProblem }
  /** `problem` when a part (the world, a run) could not be restored; the rest is there. */
  | { state: ResumeState; problem: LmsProblem | null };

const corrupt = (message: string): DecodeResult => ({ state: null, problem: { code: 'corrupt', message } });

async function unpack(text: string): Promise<unknown> {
  const tag = text.slice(0, 4);
  const bytes = fromBase64url(text.slice(4));
  if (!bytes) throw new Error('not base64url');
  const raw = tag === TAG_DEFLATE ? await inflateRaw(bytes) : bytes;
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
}

/** The learner's state from suspend_data; never throws: unreadable data is a problem, not a crash. */
export async function decodeSuspend(text: string, initial: World, labels?: LabelSource): Promise<DecodeResult> {
  if (text === '') return { state: null, problem: null };
  const tag = text.slice(0, 4);
  if (tag !== TAG_DEFLATE && tag !== TAG_PLAIN) {
    return /^PW\d+:/.test(text) ? { state: null, problem: { code: 'newer', message: 'suspend_data of a newer version' } } : corrupt('unknown format');
  }
  if (tag === TAG_DEFLATE && !canDeflate()) return { state: null, problem: { code: 'unsupported', message: 'this browser cannot decompress' } };
  let data: unknown;
  try {
    data = await unpack(text);
  } catch (error) {
    return corrupt(error instanceof Error ? error.message : 'unreadable');
  }
  if (!isObject(data) || data.v !== 1 || typeof data.at !== 'string') return corrupt('not a PrimaWeb suspend_data');
  if (!Array.isArray(data.h)) return corrupt('reports: list expected');
  const problems: string[] = [];
  const filled = data.h.map((r) => fillReport(r, labels));
  // A report whose labels are nowhere (the tests' definitions not given, or changed) cannot be shown: it is left out.
  if (filled.includes(null)) problems.push(`reports: ${filled.filter((r) => r === null).length} without their labels`);
  const progress = PROGRESS_RECORD.validate(unpackProgress(data.p));
  const checklist = CHECKLIST_RECORD.validate(data.c);
  const history = ASSESSMENTS_RECORD.validate(filled.filter((r) => r !== null));
  const course = COURSE_RECORD.validate(data.co);
  const prefs = PREFS_RECORD.validate(data.pf);
  for (const part of [progress, checklist, history, course, prefs]) if (!part.ok) return corrupt(part.problem);
  if (!progress.ok || !checklist.ok || !history.ok || !course.ok || !prefs.ok) return corrupt('invalid');

  const sameWorld = data.ws === WORLD_RECORD.schema && data.wf === fingerprint(initial);
  /** A world from its diff, validated; null (and a problem) when it cannot be restored. */
  const worldOf = (change: unknown, what: string): World | null => {
    if (!sameWorld) {
      problems.push(`${what}: made for another version of the simulator`);
      return null;
    }
    try {
      const result = WORLD_RECORD.validate(patch(json(initial), change as Patch | null));
      if (result.ok) return result.value;
      problems.push(`${what}: ${result.problem}`);
    } catch (error) {
      problems.push(`${what}: ${error instanceof Error ? error.message : 'unreadable'}`);
    }
    return null;
  };
  const world = 'w' in data ? worldOf(data.w, 'world') : null;

  let scenarioRun: ScenarioRun | null = null;
  if (isObject(data.r)) {
    const r = data.r;
    const startWorld = worldOf(r.w, 'scenario run');
    const run = startWorld && SCENARIO_RUN_RECORD.validate({ run: { scenarioId: r.s, mode: r.m, startWorld, intents: r.i } });
    if (run?.ok) scenarioRun = run.value.run;
    else if (run) problems.push(`scenario run: ${run.problem}`);
  }
  let assessmentRun: AssessmentRun | null = null;
  if (isObject(data.t)) {
    const results = Array.isArray(data.t.results) ? data.t.results.map((r) => fillResult(r, labels)) : data.t.results;
    const run = ASSESSMENT_RUN_RECORD.validate({ run: { ...data.t, results } });
    if (run.ok) assessmentRun = run.value.run;
    else problems.push(`test run: ${run.problem}`);
  }
  const state: ResumeState = {
    savedAt: data.at,
    world,
    progress: progress.value,
    checklist: checklist.value,
    history: history.value,
    course: course.value,
    prefs: prefs.value,
    scenarioRun,
    assessmentRun,
    dropped: droppedOf(data.x),
  };
  return { state, problem: problems.length ? { code: 'partial', message: problems.join('; ') } : null };
}
