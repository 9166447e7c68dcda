/**
 * What a validator of stored data says: the value, typed, or the problem with it. Every stored
 * record (the world, progress, reports, runs, course, preferences) is checked against its valibot
 * schema here and its first problem worded in Dutch as a path; storage applies the validators,
 * so neither the training layer nor the world imports storage.
 */
import * as v from 'valibot';

export type Validation<T> = { ok: true; value: T } | { ok: false; problem: string };

/** An object and not a list (v.object and v.record take a list for an object). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What was expected, in Dutch, by the kind of check that failed (a schema's own word wins). */
function expected(issue: v.BaseIssue<unknown>): string {
  switch (issue.type) {
    case 'string':
      return 'tekst verwacht';
    case 'number':
    case 'finite':
      return 'getal verwacht';
    case 'integer':
    case 'min_value':
      return 'aantal verwacht';
    case 'boolean':
      return 'ja/nee verwacht';
    case 'array':
      return 'lijst verwacht';
    case 'object':
    case 'record':
    case 'custom':
      // A key the object lacks is reported on the object, with the key as the last step of the path.
      return issue.path?.at(-1)?.origin === 'key' ? 'ontbreekt' : 'object verwacht';
    default:
      return 'ongeldige waarde';
  }
}

const CONFIG = { abortEarly: true, message: expected } as const;

/**
 * Checks stored data against its schema: the data as stored (keys this version does not know are
 * kept, so what a newer version added survives a save by an older tab), or the first problem as a
 * path ("assessments[0].results[1].hintsUsed: aantal verwacht"). `copy`: the checked copy instead,
 * with the schema's keys only.
 */
export function validation<S extends v.GenericSchema>(schema: S, root: string, data: unknown, copy = false): Validation<v.InferOutput<S>> {
  const result = v.safeParse(schema, data, CONFIG);
  if (result.success) return { ok: true, value: copy ? result.output : (data as v.InferOutput<S>) };
  const issue = result.issues[0];
  const path = (issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('');
  return { ok: false, problem: `${root}${path}: ${issue.message}` };
}
