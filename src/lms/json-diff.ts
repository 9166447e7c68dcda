/**
 * A small structural diff for JSON values, so the learner's world travels to the LMS as what
 * differs from the world as delivered (a few hundred characters instead of 28,000). The world's
 * arrays change at their ends or in a few places (a person added, a profile edited), so an array
 * is diffed as common prefix and suffix plus an aligned middle: simple, and always exact.
 *
 * `patch(a, diff(a, b))` deep-equals `b` (property-tested). A patch is plain JSON, read back from
 * the LMS: `patch` checks its shape and throws on nonsense, for the codec to catch.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * - `{ r: value }`: replace with value;
 * - `{ o: { key: patch }, x: [keys] }`: object: keys changed or added, keys removed;
 * - `{ p, d, e, i }`: array: keep a prefix of p, the next d elements of the old array are
 *   replaced by the patched ones of `e` (0 = unchanged) and then the new elements `i`; anything
 *   after that in the old array is the common suffix. `e` may be shorter than d: the rest of those
 *   d are removed.
 */
export type Patch =
  | { r: Json }
  | { o: Record<string, Patch>; x?: string[] }
  | { p: number; d: number; e: (Patch | 0)[]; i?: Json[] };

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** Sets a key as an own property: a key "__proto__" from the LMS must not reach the prototype. */
function put(target: Record<string, Json>, key: string, value: Json) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function deepEqual(a: Json, b: Json): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => deepEqual(v, b[i] as Json));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => own(b, k) && deepEqual(a[k] as Json, b[k] as Json));
  }
  return false;
}

/** null when a and b are equal. */
export function diff(a: Json, b: Json): Patch | null {
  if (deepEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) return diffArray(a, b);
  if (isObject(a) && isObject(b)) {
    const o: Record<string, Patch> = {};
    for (const key of Object.keys(b)) {
      const sub = own(a, key) ? diff(a[key] as Json, b[key] as Json) : { r: b[key] as Json };
      if (sub) o[key] = sub;
    }
    const x = Object.keys(a).filter((k) => !own(b, k));
    return x.length ? { o, x } : { o };
  }
  return { r: b };
}

function diffArray(a: Json[], b: Json[]): Patch {
  let p = 0;
  while (p < a.length && p < b.length && deepEqual(a[p] as Json, b[p] as Json)) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && deepEqual(a[a.length - 1 - s] as Json, b[b.length - 1 - s] as Json)) s++;
  const d = a.length - p - s;
  const k = b.length - p - s;
  const aligned = Math.min(d, k);
  const e: (Patch | 0)[] = [];
  for (let j = 0; j < aligned; j++) e.push(diff(a[p + j] as Json, b[p + j] as Json) ?? 0);
  const i = b.slice(p + aligned, p + k);
  // A replacement of the whole array is shorter when little is kept.
  const patch: Patch = i.length ? { p, d, e, i } : { p, d, e };
  return p === 0 && s === 0 && aligned === 0 ? { r: b } : patch;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Applies a patch; throws on a patch that does not fit (the codec turns that into a problem). */
export function patch(a: Json, change: Patch | null): Json {
  if (change === null) return a;
  if (!isObject(change)) throw new Error('patch: object expected');
  if (own(change, 'r')) return (change as { r: Json }).r;
  if (own(change, 'o')) {
    const c = change as { o: unknown; x?: unknown };
    if (!isObject(a) || !isObject(c.o)) throw new Error('patch: object patch on a non-object');
    if (c.x !== undefined && !(Array.isArray(c.x) && c.x.every((k) => typeof k === 'string'))) throw new Error('patch: bad removed keys');
    const removed = new Set((c.x as string[] | undefined) ?? []);
    const out: Record<string, Json> = {};
    for (const key of Object.keys(a)) if (!removed.has(key)) put(out, key, a[key] as Json);
    for (const [key, sub] of Object.entries(c.o)) put(out, key, patch(own(a, key) ? (a[key] as Json) : null, sub as unknown as Patch));
    return out;
  }
  if (own(change, 'p')) {
    const c = change as { p: unknown; d: unknown; e: unknown; i?: unknown };
    if (!Array.isArray(a) || !isCount(c.p) || !isCount(c.d) || !Array.isArray(c.e) || (c.i !== undefined && !Array.isArray(c.i))) {
      throw new Error('patch: bad array patch');
    }
    const { p, d } = c;
    if (p + d > a.length || c.e.length > d) throw new Error('patch: array patch does not fit');
    const middle = c.e.map((sub, j) => (sub === 0 ? (a[p + j] as Json) : patch(a[p + j] as Json, sub as Patch)));
    return [...a.slice(0, p), ...middle, ...((c.i as Json[] | undefined) ?? []), ...a.slice(p + d)];
  }
  throw new Error('patch: unknown patch');
}
