/**
 * Random learners (issue 14.5): fast-check drives the intent hub with random sequences of the
 * intents the screens on show offer, across every application, logins and persona switches (the
 * card reader), the trainer's tools, and typed fields filled with anything. After every step:
 * nothing throws, the world validates, a save-and-load round trip (JSON, then the world record's
 * validation) gives the same world, a refused intent changed nothing, and the screen shown is the
 * login machine's state. In guided mode, no intent outside the step changes the world.
 *
 * The intents come from the scenarios themselves (every step's demo intents, played through, so
 * their payloads are real), plus the portal's navigation, logout, every card and PIN, the date and
 * the resets. fast-check prints the seed and the shrunk sequence of a failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORLD_RECORD } from '../app/world-records';
import { createSimulator, type Intent, type Simulator } from '../machines/simulator';
import { worldHolder, type WorldAccess } from '../machines/world-access';
import { addressOf, screenOf } from '../machines/login.connect';
import { RESETTABLE_APPS } from '../world/reset';
import { initialWorld } from '../world/seed';
import { validateWorld } from '../world/validate';
import type { World } from '../world/types';
import { createRunner } from './runner';
import { stepContextOf, type Scenario } from './scenario';
import { SCENARIOS } from './scenarios';
import { TEST_EXERCISES } from './scenarios/tests';

const ALL: readonly Scenario[] = [...SCENARIOS, ...TEST_EXERCISES];

/** Every scenario's demo intents, played through from its own start, so their payloads fit the world. */
function scenarioIntents(): Intent[] {
  const found: Intent[] = [];
  for (const scenario of ALL) {
    const world = worldHolder(scenario.prepare(initialWorld()));
    const sim = createSimulator(world, () => 'nl', scenario.startPage);
    for (const step of scenario.steps) {
      for (const intent of [step.perform(stepContextOf(world.get(), sim))].flat() as Intent[]) {
        found.push(intent);
        sim.perform(intent);
      }
    }
  }
  return found;
}

function pool(): Intent[] {
  const people = initialWorld().people;
  const extra: Intent[] = [
    { type: 'logout' },
    { type: 'navigate', to: { page: 'home' } },
    { type: 'navigate', to: { page: 'professionals' } },
    { type: 'navigate', to: { page: 'business' } },
    { type: 'reader.remove' },
    { type: 'reader.unblock' },
    { type: 'submitPin', pin: '0000' },
    { type: 'sim.setToday', date: '2024-12-31' },
    { type: 'sim.setToday', date: '2025-01-01' },
    { type: 'sim.setToday', date: '2026-06-30' },
    ...people.map((p): Intent => ({ type: 'reader.insert', personId: p.id })),
    ...people.map((p): Intent => ({ type: 'submitPin', pin: p.pin })),
    ...RESETTABLE_APPS.map((app): Intent => ({ type: 'sim.resetApp', app })),
  ];
  const unique = new Map<string, Intent>();
  for (const intent of [...scenarioIntents(), ...extra]) unique.set(JSON.stringify(intent), intent);
  return [...unique.values()];
}
const POOL = pool();

interface Real {
  world: WorldAccess;
  sim: Simulator;
}

/** An intent of the pool among those offered now (`pick` chooses which), or, with `garble`, one with a string field replaced. */
function offered(real: Real, pick: number, garble: string | null): Intent | null {
  const now = POOL.filter((i) => real.sim.offers(i));
  if (now.length === 0) return null;
  const intent = now[pick % now.length]!;
  if (garble === null) return intent;
  const fields = Object.entries(intent).filter(([k, v]) => k !== 'type' && typeof v === 'string');
  if (fields.length === 0) return intent;
  const [field] = fields[pick % fields.length]!;
  return { ...intent, [field]: garble } as Intent;
}

function checkInvariants(real: Real, before: World, done: boolean) {
  const world = real.world.get();
  const valid = validateWorld(world);
  expect(valid.ok, valid.ok ? '' : valid.problem).toBe(true);
  const loaded = WORLD_RECORD.validate(JSON.parse(JSON.stringify(world)));
  expect(loaded.ok && loaded.value).toEqual(world);
  if (!done) expect(world).toBe(before);
  const snapshot = real.sim.login.getSnapshot();
  const value = snapshot.value;
  const path = typeof value === 'string' ? value : Object.entries(value).map(([k, v]) => `${k}.${v}`)[0];
  // The logged-in states under "session" are screens by their own name.
  expect(screenOf(snapshot)).toBe(path === 'boot' ? 'portal.home' : path?.replace(/^session\./, ''));
  expect(addressOf(screenOf(snapshot), snapshot.context.service)).toMatch(/^https:\/\//);
}

/** Steps taken, so the test shows it did thousands (an empty run proves nothing). */
const taken = { offered: 0, done: 0 };

class Perform implements fc.Command<object, Real> {
  constructor(
    readonly pick: number,
    readonly garble: string | null,
  ) {}
  check = () => true;
  run(_model: object, real: Real) {
    const intent = offered(real, this.pick, this.garble);
    if (!intent) return;
    const before = real.world.get();
    const done = real.sim.perform(intent);
    taken.offered++;
    if (done) taken.done++;
    checkInvariants(real, before, done);
  }
  toString = () => `perform(#${this.pick}${this.garble === null ? '' : `, ${JSON.stringify(this.garble)}`})`;
}

const commands = fc.commands(
  [
    fc.nat().map((n) => new Perform(n, null)),
    fc.tuple(fc.nat(), fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', ' ', '31/02/2025', '99999999999', '<b>x</b>', '__proto__'))).map(([n, s]) => new Perform(n, s)),
  ],
  { maxCommands: 60, size: 'max' },
);

describe('random learners', () => {
  it('the pool holds the intents of every application', () => {
    const prefixes = new Set(POOL.map((i) => (i.type.includes('.') ? i.type.split('.')[0] : 'login')));
    expect([...prefixes].sort()).toEqual(['ch', 'dossier', 'login', 'oc', 'pw', 'reader', 'sim', 'tb']);
    expect(POOL.length).toBeGreaterThan(200);
  });

  it('any sequence of offered intents, from any scenario\'s start, keeps the world valid, saved and loaded the same, and the screen the machine\'s', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL), commands, (scenario, cmds) => {
        const world = worldHolder(scenario.prepare(initialWorld()));
        const sim = createSimulator(world, () => 'nl', scenario.startPage);
        fc.modelRun(() => ({ model: {}, real: { world, sim } }), cmds);
      }),
      { numRuns: 80 },
    );
    console.log(`random learners: ${taken.offered} intents offered and performed, ${taken.done} carried out`);
    expect(taken.offered).toBeGreaterThan(2000);
  }, 180_000);

  it('in guided mode an intent outside the step changes nothing in the world', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCENARIOS), fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (scenario, picks) => {
        const world = worldHolder(initialWorld());
        const sim = createSimulator(world, () => 'nl');
        const runner = createRunner({ world, simulator: sim, scenarios: [scenario], onComplete: () => {}, schedule: () => () => {} });
        runner.start(scenario.id, 'guided');
        for (const pick of picks) {
          const step = runner.step();
          if (!step) break;
          const intent = offered({ world, sim }, pick, null);
          if (!intent) break;
          const expected = step.expects(intent, stepContextOf(world.get(), sim));
          const before = world.get();
          const done = sim.perform(intent);
          if (!expected) {
            expect(done, intent.type).toBe(false);
            expect(world.get()).toBe(before);
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 180_000);
});
