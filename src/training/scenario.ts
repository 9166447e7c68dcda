/**
 * Scenarios are data: steps with narration (message keys, the words in the catalogs), the control to highlight, the intent a
 * learner must perform, what the demo performs, and a completion condition read from the world
 * and the login machine's snapshot.
 */
import type { LoginSnapshot } from '../machines/login.controller';
import type { PrimawebSnapshot } from '../machines/primaweb.controller';
import type { DossierSnapshot } from '../machines/dossier.controller';
import type { Intent, Simulator } from '../machines/simulator';
import type { OcSnapshot } from '../machines/ocmw-config.controller';
import type { TbSnapshot } from '../machines/toegangsbeheer.controller';
import type { ChSnapshot } from '../machines/chaman.controller';
import type { PortalPage } from '../machines/login.machine';
import type { Text } from '../i18n/text';
import type { World } from '../world/types';

export interface StepContext {
  world: World;
  login: LoginSnapshot;
  primaweb: PrimawebSnapshot;
  dossier: DossierSnapshot;
  ocmwConfig: OcSnapshot;
  toegangsbeheer: TbSnapshot;
  chaman: ChSnapshot;
}

/** What a step reads: the world and every flow's snapshot, as they are now. */
export function stepContextOf(world: World, simulator: Simulator): StepContext {
  return {
    world,
    login: simulator.login.getSnapshot(),
    primaweb: simulator.primaweb.getSnapshot(),
    dossier: simulator.dossier.getSnapshot(),
    ocmwConfig: simulator.ocmwConfig.getSnapshot(),
    toegangsbeheer: simulator.toegangsbeheer.getSnapshot(),
    chaman: simulator.chaman.getSnapshot(),
  };
}

export interface ScenarioStep {
  /** Unique within its scenario: the panel's list of steps is keyed by it. */
  id: string;
  narration: Text;
  hint: Text;
  /** The data-target of the control(s) to highlight (from the world where it names a record). */
  target: string | ((ctx: StepContext) => string);
  /** Guided mode lets an intent through only when this says it is the step's. */
  expects(intent: Intent, ctx: StepContext): boolean;
  /** Feedback for a refused intent, when something more precise than the hint helps. */
  wrongFeedback?(intent: Intent, ctx: StepContext): Text | null;
  /** What the demo does for this step: one intent, or several in a row (typing two descriptions). */
  perform(ctx: StepContext): Intent | Intent[];
  /** The step is done when this holds. */
  isDone(ctx: StepContext): boolean;
}

/** What must hold in the world at the end of an exercise: what a test checks and reports, one line each. */
export interface Goal {
  /** Unique within its scenario. */
  id: string;
  label: Text;
  holds(world: World): boolean;
}

/**
 * A question a test exercise asks about what the applications show (the repertory, a list): the
 * learner types the answer in the test's panel, and it is checked against the world, as a goal.
 */
export interface Question {
  /** The goal's id in the result; unique among the exercise's goals. */
  id: string;
  /** The question, above the answer field. */
  label: Text;
  /** The goal line in the task and the report ("Het antwoord is juist: …"). */
  goal: Text;
  /** Whether the answer is right in this world (formats the learner may type are accepted). */
  check(answer: string, world: World): boolean;
  /** The right answer as it reads in this world (for the exercises' own tests). */
  solution(world: World): string;
}

export interface Scenario {
  /** Unique among the scenarios: progress, tests and the panel's list are keyed by it. */
  id: string;
  /** From titles.ts (the course home lists them before the narrations load), or a test exercise's own. */
  title: Text;
  summary: Text;
  /** The narration shown when the scenario is completed. */
  outro: Text;
  /** Brings the world to the scenario's starting point (default card inserted, logged out, …). */
  prepare(world: World): World;
  startPage: PortalPage;
  steps: ScenarioStep[];
  /** The end state a test checks; without goals, the last step's condition is the end state. */
  goals?: Goal[];
  /** A test exercise's question, answered in the test's panel (its goal comes after the others). */
  question?: Question;
}

/** Each goal of the scenario and whether it holds in this world (with the answer given to its question, if any). */
export function goalsIn(scenario: Scenario, ctx: StepContext, answer: string | null = null): { id: string; label: Text; met: boolean }[] {
  const q = scenario.question;
  const asked = q ? [{ id: q.id, label: q.goal, met: answer !== null && q.check(answer, ctx.world) }] : [];
  if (scenario.goals) return [...scenario.goals.map((g) => ({ id: g.id, label: g.label, met: g.holds(ctx.world) })), ...asked];
  const last = scenario.steps.at(-1);
  return [...(last ? [{ id: last.id, label: last.hint, met: last.isDone(ctx) }] : []), ...asked];
}
