import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reportScore, passed } from '../training/assessments';
import { initialWorld } from '../world/seed';
import type { World } from '../world/types';
import { toBase64url } from './base64url';
import { deflateRaw } from './deflate';
import { LABELS, largeWorld, learner } from './learner-data.test-helper';
import { decodeSuspend, droppedAnything, encodeSuspend, fingerprint, type SuspendInput } from './suspend-codec';
import { SUSPEND_LIMIT } from './types';

const scoring = { score: reportScore, passed };

/** What the decoded state should hold of an input, given what was dropped. */
function expectRestored(input: SuspendInput, decoded: Awaited<ReturnType<typeof decodeSuspend>>, dropped: Awaited<ReturnType<typeof encodeSuspend>>['dropped']) {
  expect(decoded.problem).toBeNull();
  const state = decoded.state!;
  expect(state.progress).toEqual(input.progress);
  expect(state.checklist).toEqual(input.checklist);
  expect(state.course).toEqual(input.course);
  expect(state.prefs).toEqual(input.prefs);
  expect(state.savedAt).toBe(input.savedAt);
  expect(state.dropped).toEqual(dropped);
  expect(state.world).toEqual(dropped.world ? null : input.world);
  expect(state.scenarioRun).toEqual(dropped.scenarioRun ? null : input.scenarioRun);
  expect(state.assessmentRun).toEqual(dropped.assessmentRun ? null : input.assessmentRun);
  expect(state.history).toHaveLength(input.history.length - dropped.reports);
  for (const report of state.history) expect(input.history).toContainEqual(report);
}

describe('suspend_data codec', () => {
  it('is empty-safe: nothing kept is no state and no problem', async () => {
    expect(await decodeSuspend('', initialWorld())).toEqual({ state: null, problem: null });
  });

  it('keeps a learner with a changed world, both runs and a full history, under the limit, whole', async () => {
    const world: World = { ...initialWorld(), readerCardId: 'pieter', today: '2026-03-04', installedCertificates: ['lotte', 'pieter'] };
    const input = learner(world, { history: learner().history.slice(0, 3) });
    const { text, dropped } = await encodeSuspend(input);
    console.info(`suspend_data, delivered world changed a little, 3 reports, both runs: ${text.length} characters`);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    expect(droppedAnything(dropped)).toBe(false);
    expect(text).toMatch(/^PW1:[A-Za-z0-9_-]+$/);
    expectRestored(input, await decodeSuspend(text, initialWorld(), LABELS), dropped);
  });

  it('measures the full learner (every scenario in every mode, 10 reports) and keeps the newest reports', async () => {
    const input = learner();
    const { text, dropped } = await encodeSuspend({ ...input, scoring });
    console.info(`suspend_data, full learner on the delivered world: ${text.length} characters, dropped ${JSON.stringify(dropped)}`);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    expectRestored(input, await decodeSuspend(text, initialWorld(), LABELS), dropped);
  });

  it('drops the world of a large world first, and says so', async () => {
    const input = learner(largeWorld(), { history: learner().history.slice(0, 2) });
    const { text, dropped } = await encodeSuspend(input);
    console.info(`suspend_data, large world (1,000 people, 500 profiles, 10,000 periods): ${text.length} characters, dropped ${JSON.stringify(dropped)}`);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    expect(dropped.world).toBe(true);
    expectRestored(input, await decodeSuspend(text, initialWorld(), LABELS), dropped);
  });

  it('drops reports oldest first but keeps the latest and best of each test longest', async () => {
    const input = learner();
    const limit = 1200;
    const { text, dropped } = await encodeSuspend({ ...input, scoring }, limit);
    expect(text.length).toBeLessThanOrEqual(limit);
    expect(dropped).toMatchObject({ world: true, scenarioRun: true, assessmentRun: true });
    expect(dropped.reports).toBeGreaterThan(0);
    expect(dropped.reports).toBeLessThan(input.history.length);
    const kept = (await decodeSuspend(text, initialWorld(), LABELS)).state!.history;
    const key = (r: { assessmentId: string; finishedAt: string }) => `${r.assessmentId}@${r.finishedAt}`;
    const latest = new Set(input.history.filter((r, i) => input.history.findIndex((o) => o.assessmentId === r.assessmentId) === i).map(key));
    const best = new Set(
      [...new Set(input.history.map((r) => r.assessmentId))].map((id) => key(input.history.filter((r) => r.assessmentId === id).reduce((b, r) => (reportScore(r) > reportScore(b) ? r : b)))),
    );
    for (const report of kept) expect(latest.has(key(report)) || best.has(key(report)), key(report)).toBe(true);
    // Newest first, as the history is.
    expect(kept.map(key)).toEqual(input.history.map(key).filter((k) => kept.some((r) => key(r) === k)));
  });

  it('never exceeds the limit and decodes back to what it kept, for random large worlds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 12_000 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.integer({ min: 0, max: 10 }),
        fc.boolean(),
        async (people, profiles, periods, seed, reports, runs) => {
          const base = learner();
          const input = learner(largeWorld(people, profiles, periods, seed), {
            history: base.history.slice(0, reports),
            ...(runs ? {} : { scenarioRun: null, assessmentRun: null }),
          });
          const { text, dropped } = await encodeSuspend(input);
          expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
          expectRestored(input, await decodeSuspend(text, initialWorld(), LABELS), dropped);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it('restores everything but the world when the delivered world changed in between', async () => {
    const input = learner({ ...initialWorld(), today: '2026-04-01' });
    const { text, dropped } = await encodeSuspend(input);
    expect(droppedAnything(dropped)).toBe(false);
    const otherDelivery = { ...initialWorld(), people: initialWorld().people.slice(1) };
    expect(fingerprint(otherDelivery)).not.toBe(fingerprint(initialWorld()));
    const decoded = await decodeSuspend(text, otherDelivery, LABELS);
    expect(decoded.problem).toMatchObject({ code: 'partial' });
    expect(decoded.state!.world).toBeNull();
    expect(decoded.state!.scenarioRun).toBeNull();
    expect(decoded.state!.progress).toEqual(input.progress);
  });

  it('leaves the labels out where the definitions have them, keeps those that differ, and needs the definitions back', async () => {
    const [first, ...rest] = learner().history;
    const reworded = { ...first!, title: { nl: 'Toets (oude naam)', fr: 'Test (ancien nom)' } };
    const input = learner(initialWorld(), { history: [reworded, ...rest] });
    const { text, dropped } = await encodeSuspend(input);
    const { text: verbatim } = await encodeSuspend({ ...input, labels: undefined });
    console.info(`suspend_data, full learner, labels from the definitions: ${text.length} characters; with every label: ${verbatim.length}`);
    expect(text.length).toBeLessThan(verbatim.length);
    expectRestored(input, await decodeSuspend(text, initialWorld(), LABELS), dropped);
    const blind = await decodeSuspend(text, initialWorld());
    expect(blind.problem).toMatchObject({ code: 'partial' });
    expect(blind.state!.history).toEqual([reworded].filter(() => false));
    expect(blind.state!.progress).toEqual(input.progress);
  });

  it('turns corrupt, foreign or newer data into a problem, never a throw', async () => {
    const initial = initialWorld();
    const { text } = await encodeSuspend(learner());
    const cases = ['garbage', 'PW1:', 'PW1:!!!', `PW1:${text.slice(4, 40)}`, `${text.slice(0, -8)}AAAA`, 'PW0:' + toBase64url(new TextEncoder().encode('{"v":1}')), 'PW0:' + toBase64url(new TextEncoder().encode('[1,2]'))];
    for (const bad of cases) {
      const decoded = await decodeSuspend(bad, initial);
      expect(decoded.state, bad.slice(0, 20)).toBeNull();
      expect(decoded.problem?.code, bad.slice(0, 20)).toBe('corrupt');
    }
    expect((await decodeSuspend('PW9:abc', initial)).problem?.code).toBe('newer');
  });

  it('drops a world whose diff does not apply or validate, and keeps the rest', async () => {
    const initial = initialWorld();
    const payload = { v: 1, at: '2026-03-05T10:00:00.000Z', ws: 4, wf: fingerprint(initial), w: { o: { people: { r: 'nope' } } }, p: {}, c: {}, h: [], co: { lastActivity: null, learnerName: '' }, pf: { locale: 'fr' }, x: {} };
    const text = 'PW1:' + toBase64url(await deflateRaw(new TextEncoder().encode(JSON.stringify(payload))));
    const decoded = await decodeSuspend(text, initial);
    expect(decoded.problem?.code).toBe('partial');
    expect(decoded.state).toMatchObject({ world: null, prefs: { locale: 'fr' } });
  });
});
