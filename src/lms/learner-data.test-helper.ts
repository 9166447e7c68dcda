/**
 * Learner data for the codec's and scope's tests: a learner who practised every scenario in every
 * mode and kept the full history of test reports (made from the real tests' exercises and goals,
 * so the labels are as long as they are), a test and a scenario run under way, and large worlds.
 */
import { sayAll } from '../i18n/i18n.svelte';
import { ASSESSMENTS, type AssessmentDefinition } from '../training/assessments';
import type { AssessmentReport, ExerciseResult } from '../training/assessment-report';
import { HISTORY_LENGTH } from '../training/assessment-report';
import { MODULES } from '../training/course';
import { MODES, type Progress } from '../training/progress';
import type { Scenario } from '../training/scenario';
import { SCENARIOS } from '../training/scenarios';
import { TEST_EXERCISES } from '../training/scenarios/tests';
import { initialWorld } from '../world/seed';
import type { World } from '../world/types';
import type { SuspendInput } from './suspend-codec';
import { labelsOf } from './labels';

const ALL: readonly Scenario[] = [...SCENARIOS, ...TEST_EXERCISES];

/** The labels of every test and exercise, as the app would build them once the tests are loaded. */
export const LABELS = labelsOf(ASSESSMENTS, ALL, sayAll);

const at = (day: number, minute = 0) => new Date(Date.UTC(2026, 2, 1 + day, 9, minute, 17, 123)).toISOString();

export function fullProgress(): Progress {
  const progress: Progress = {};
  MODULES.flatMap((m) => m.scenarios).forEach((id, i) => (progress[id] = Object.fromEntries(MODES.map((mode, j) => [mode, at(i % 20, j * 7)]))));
  return progress;
}

/** One exercise's result, with the goals the exercise really has (met when `good`). */
export function resultOf(scenarioId: string, good: boolean, answer?: string): ExerciseResult {
  const scenario = ALL.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`no scenario ${scenarioId}`);
  const goals = (scenario.goals ?? [{ id: 'klaar', label: scenario.title }]).map((g, i) => ({ id: g.id, label: sayAll(g.label), met: good || i > 0 }));
  const question = scenario.question ? [{ id: scenario.question.id, label: sayAll(scenario.question.goal), met: good }] : [];
  return {
    scenarioId,
    title: sayAll(scenario.title),
    goals: [...goals, ...question],
    wrongActions: good ? 0 : 2,
    hintsUsed: good ? 0 : 1,
    handedIn: !good,
    simulatedDate: '2026-03-02',
    ...(scenario.question ? { answer: answer ?? '15/03/2026' } : {}),
  };
}

export function reportOf(test: AssessmentDefinition, day: number, good: boolean): AssessmentReport {
  return { assessmentId: test.id, title: sayAll(test.title), startedAt: at(day), finishedAt: at(day, 20), results: test.exercises.map((id) => resultOf(id, good)) };
}

/** The full history: HISTORY_LENGTH reports, newest first, every test at least once. */
export function fullHistory(): AssessmentReport[] {
  return Array.from({ length: HISTORY_LENGTH }, (_, i) => reportOf(ASSESSMENTS[i % ASSESSMENTS.length] as AssessmentDefinition, 30 - i, i % 3 !== 1));
}

export function learner(world: World = initialWorld(), over: Partial<SuspendInput> = {}): SuspendInput {
  const test = ASSESSMENTS[1] as AssessmentDefinition;
  const startWorld = { ...initialWorld(), readerCardId: 'pieter', today: '2026-03-02' };
  return {
    world,
    initial: initialWorld(),
    savedAt: '2026-03-05T10:00:00.000Z',
    progress: fullProgress(),
    checklist: { '1': ['kbo', 'toegangsbeheer'], '2': ['aanmelden'] },
    history: fullHistory(),
    course: { lastActivity: { kind: 'scenario', id: 'profiel-creeren', mode: 'guided' }, learnerName: 'Lotte Vermeulen' },
    scenarioRun: {
      scenarioId: 'profiel-creeren',
      mode: 'guided',
      startWorld,
      intents: Array.from({ length: 12 }, (_, i) => ({ type: 'pw.navigate', page: `profielen-${i}` }) as never),
    },
    assessmentRun: { assessmentId: test.id, startedAt: at(31), index: 2, phase: 'exercise', results: test.exercises.slice(0, 2).map((id) => resultOf(id, true)) },
    prefs: { locale: 'nl', trainer: false },
    labels: LABELS,
    ...over,
  };
}

/** A deterministic pseudo-random stream (xorshift), so a large world is the same in every run. */
function random(seed: number) {
  let x = seed || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/** The delivered world plus many people, profiles and integration periods (issue 13.4's large world). */
export function largeWorld(people = 1000, profiles = 500, periods = 10_000, seed = 7): World {
  const next = random(seed);
  const base = initialWorld();
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join('');
  const day = () => `20${10 + Math.floor(next() * 15)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`;
  const newPeople = Array.from({ length: people }, (_, i) => ({
    id: `p${i}`,
    firstName: `Voornaam${digits(3)}`,
    lastName: `Achternaam${digits(4)}`,
    insz: digits(11),
    pin: digits(4),
    language: next() < 0.5 ? ('nl' as const) : ('fr' as const),
    about: { nl: `Collega ${i} van het OCMW`, fr: `Collègue ${i} du CPAS` },
  }));
  const kbo = base.enterprises[0]!.kbo;
  const newProfiles = Array.from({ length: profiles }, (_, i) => ({ id: `prof${i}`, kbo, description: { nl: `Profiel ${digits(5)}`, fr: `Profil ${digits(5)}` }, functions: ['raadplegen', 'integreren'].slice(0, 1 + (i % 2)) }));
  const clients = Array.from({ length: Math.ceil(periods / 10) }, (_, i) => ({ id: `c${i}`, firstName: `Cliënt${i}`, lastName: `Naam${digits(3)}`, insz: digits(11) }));
  const integrations = clients.map((c) => ({ clientId: c.id, institution: `ocmw:${kbo}`, code: `${digits(3)}`, periods: Array.from({ length: 10 }, () => ({ start: day(), end: next() < 0.2 ? null : day() })) }));
  return { ...base, people: [...base.people, ...newPeople], profiles: [...base.profiles, ...newProfiles], clients: [...base.clients, ...clients], integrations: [...base.integrations, ...integrations] };
}
