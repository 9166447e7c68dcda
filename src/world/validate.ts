/**
 * Checks that data loaded from storage (after migration) is a usable World. Storage is outside our
 * control (another version, a hand edit, a half-written save), so nothing is taken on trust.
 * The checks are the World's schema (schema.ts); this words the first problem as a path in Dutch,
 * for the notice and the logs ("world.tbUsers[3].status: ongeldige waarde").
 */
import * as v from 'valibot';
import { WorldSchema } from './schema';
import type { World } from './types';

/** What was expected, in Dutch, by the kind of check that failed (a schema's own word wins). */
function expected(issue: v.BaseIssue<unknown>): string {
  switch (issue.type) {
    case 'string':
      return 'tekst verwacht';
    case 'number':
    case 'finite':
      return 'getal verwacht';
    case 'boolean':
      return 'ja/nee verwacht';
    case 'array':
      return 'lijst verwacht';
    case 'object':
      // A key the object lacks is reported on the object, with the key as the last step of the path.
      return issue.path?.at(-1)?.origin === 'key' ? 'ontbreekt' : 'object verwacht';
    default:
      return 'ongeldige waarde';
  }
}

const CONFIG = { abortEarly: true, message: expected } as const;

/** "world.cards[0].wrongTries": the path of an issue from the root, as a reader writes it. */
const pathOf = (root: string, issue: v.BaseIssue<unknown>): string =>
  root + (issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('');

/** Shape first, then the references between records, which a bad save could break. */
export function validateWorld(data: unknown): { ok: true; world: World } | { ok: false; problem: string } {
  const result = v.safeParse(WorldSchema, data, CONFIG);
  if (!result.success) {
    const issue = result.issues[0];
    return { ok: false, problem: `${pathOf('world', issue)}: ${issue.message}` };
  }
  // The data itself rather than valibot's copy: keys this version does not know stay, as before.
  return { ok: true, world: data as World };
}
