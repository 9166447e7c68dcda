import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deepEqual, diff, patch, type Json } from './json-diff';
import { initialWorld } from '../world/seed';

const json = (v: unknown) => v as Json;

describe('json diff', () => {
  it('is null for equal values and replaces values of another kind', () => {
    expect(diff({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBeNull();
    expect(diff(1, 'x')).toEqual({ r: 'x' });
    expect(diff([1], { a: 1 })).toEqual({ r: { a: 1 } });
  });

  it('writes only the changed key of an object, and the removed ones', () => {
    expect(diff({ a: 1, b: 2, c: 3 }, { a: 1, b: 5, d: 4 })).toEqual({ o: { b: { r: 5 }, d: { r: 4 } }, x: ['c'] });
  });

  it('keeps the common prefix and suffix of an array', () => {
    const a = [1, 2, 3, 4, 5];
    expect(diff(a, [1, 2, 9, 4, 5])).toEqual({ p: 2, d: 1, e: [{ r: 9 }] });
    expect(diff(a, [1, 2, 3, 4, 5, 6])).toEqual({ p: 5, d: 0, e: [], i: [6] });
    expect(diff(a, [1, 2, 4, 5])).toEqual({ p: 2, d: 1, e: [] });
  });

  it('makes a person added to the world a small patch', () => {
    const a = initialWorld();
    const b = { ...a, people: [...a.people, { ...a.people[0]!, id: 'nieuw' }], today: '2026-03-01' };
    const change = diff(json(a), json(b));
    expect(JSON.stringify(change).length).toBeLessThan(700);
    expect(patch(json(a), change)).toEqual(b);
  });

  it('refuses a patch that does not fit instead of producing garbage', () => {
    expect(() => patch([1], { p: 3, d: 1, e: [] })).toThrow();
    expect(() => patch(1, { o: {} })).toThrow();
    expect(() => patch({}, json({ q: 1 }) as never)).toThrow();
  });

  it('never touches a prototype, whatever the keys', () => {
    const out = patch({}, JSON.parse('{"o":{"__proto__":{"r":{"polluted":true}}}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(out)).toEqual(['__proto__']);
  });

  it('patch(a, diff(a, b)) deep-equals b, and leaves a unchanged', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const before = JSON.stringify(a);
        const result = patch(json(a), diff(json(a), json(b)));
        expect(deepEqual(result, json(b))).toBe(true);
        expect(JSON.stringify(a)).toBe(before);
      }),
      { numRuns: 500 },
    );
  });

  it('patch(a, diff(a, b)) deep-equals b for b an edit of a (arrays of records)', () => {
    const record = fc.record({ id: fc.string({ maxLength: 3 }), n: fc.integer({ min: 0, max: 3 }), tags: fc.array(fc.constantFrom('x', 'y'), { maxLength: 3 }) });
    const edit = fc.array(record, { maxLength: 12 }).chain((a) =>
      fc.tuple(
        fc.constant(a),
        fc.array(fc.oneof(fc.constant<'keep'>('keep'), fc.constant<'drop'>('drop'), record.map((r) => ({ put: r }))), { minLength: a.length, maxLength: a.length + 4 }),
      ),
    );
    fc.assert(
      fc.property(edit, ([a, ops]) => {
        const b: Json[] = [];
        ops.forEach((op, i) => {
          if (op === 'keep' && a[i]) b.push(a[i]);
          else if (typeof op === 'object') b.push(op.put);
        });
        const result = patch(json(a), diff(json(a), b));
        expect(result).toEqual(b);
      }),
      { numRuns: 500 },
    );
  });
});
