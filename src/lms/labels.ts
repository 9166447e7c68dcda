/**
 * The labels of the test reports, out of suspend_data. Reports keep their titles and goal labels
 * in both languages (so a stored report prints as it was), and those make five sixths of their
 * size: ten reports are 6,600 characters compressed with them, 1,250 without. The tests'
 * definitions have the same labels, so a label equal to the definition's is left out and put
 * back from the definition on reading; one that differs (an older wording) travels as it is.
 * Getting the source wrong costs characters, never data. The definitions' words come from the
 * scenarios' catalogs through `wordsOf` (i18n's sayAll): the link loads them in every language
 * before it reads or writes (app/lms-link.ts).
 */
import type { AssessmentDefinition } from '../training/assessments';
import type { AssessmentReport, ExerciseResult } from '../training/assessment-report';
import type { Scenario } from '../training/scenario';
import type { Text } from '../i18n/text';
import { LOCALES, type KeptText, type Localised } from '../i18n/locales';

export interface LabelSource {
  testTitle(assessmentId: string): Localised | undefined;
  exerciseTitle(scenarioId: string): Localised | undefined;
  goalLabel(scenarioId: string, goalId: string): Localised | undefined;
}

/** The labels as the runner puts them in a result: the goals' (or the last step's hint) and the question's. */
export function labelsOf(tests: readonly AssessmentDefinition[], exercises: readonly Scenario[], wordsOf: (text: Text | KeptText) => Localised): LabelSource {
  const byId = new Map(exercises.map((s) => [s.id, s]));
  const goals = (s: Scenario): { id: string; label: Localised }[] =>
    [
      ...(s.goals ?? (s.steps.at(-1) ? [{ id: s.steps.at(-1)!.id, label: s.steps.at(-1)!.hint }] : [])),
      ...(s.question ? [{ id: s.question.id, label: s.question.goal }] : []),
    ].map((g) => ({ id: g.id, label: wordsOf(g.label) }));
  const titleOf = (title: Text | KeptText | undefined) => (title ? wordsOf(title) : undefined);
  return {
    testTitle: (id) => titleOf(tests.find((t) => t.id === id)?.title),
    exerciseTitle: (id) => titleOf(byId.get(id)?.title),
    goalLabel: (id, goalId) => {
      const scenario = byId.get(id);
      return scenario ? goals(scenario).find((g) => g.id === goalId)?.label : undefined;
    },
  };
}

/** The kept words are the source's in every language they were kept in (a report of before German and English has two). */
const same = (a: Localised | undefined, b: KeptText) => a !== undefined && LOCALES.every((l) => b[l] === undefined || a[l] === b[l]);

/** The result with every label equal to the source's left out. */
export function stripResult(result: ExerciseResult, labels: LabelSource): unknown {
  const { title, goals, ...rest } = result;
  return {
    ...rest,
    ...(same(labels.exerciseTitle(result.scenarioId), title) ? {} : { title }),
    goals: goals.map((g) => (same(labels.goalLabel(result.scenarioId, g.id), g.label) ? { id: g.id, met: g.met } : g)),
  };
}

export function stripReport(report: AssessmentReport, labels: LabelSource): unknown {
  const { title, results, ...rest } = report;
  return { ...rest, ...(same(labels.testTitle(report.assessmentId), title) ? {} : { title }), results: results.map((r) => stripResult(r, labels)) };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Puts left-out labels back; unchanged when nothing was left out; null when a label is needed and the source has none. */
export function fillResult(result: unknown, labels: LabelSource | undefined): unknown {
  if (!isObject(result) || !Array.isArray(result.goals)) return result;
  const id = String(result.scenarioId);
  const title = 'title' in result ? result.title : labels?.exerciseTitle(id);
  const goals = result.goals.map((g) => (isObject(g) && !('label' in g) ? { id: g.id, label: labels?.goalLabel(id, String(g.id)), met: g.met } : g));
  if (title === undefined || goals.some((g) => isObject(g) && g.label === undefined)) return null;
  return { ...result, title, goals };
}

export function fillReport(report: unknown, labels: LabelSource | undefined): unknown {
  if (!isObject(report) || !Array.isArray(report.results)) return report;
  const title = 'title' in report ? report.title : labels?.testTitle(String(report.assessmentId));
  const results = report.results.map((r) => fillResult(r, labels));
  if (title === undefined || results.includes(null)) return null;
  return { ...report, title, results };
}
