/**
 * Checks that data loaded from storage (after migration) is a usable World. Storage is outside our
 * control (another version, a hand edit, a half-written save), so nothing is taken on trust.
 * The checks are the World's schema (schema.ts), the references between its lists included; the
 * first problem is worded as a path in Dutch (domain/validation.ts), for the notice and the logs
 * ("world.tbUsers[3].status: ongeldige waarde").
 */
import { validation } from '../domain/validation';
import { WorldSchema } from './schema';
import type { World } from './types';

/** The data as stored (keys this version does not know stay), or its first problem. */
export function validateWorld(data: unknown): { ok: true; world: World } | { ok: false; problem: string } {
  const checked = validation(WorldSchema, 'world', data);
  return checked.ok ? { ok: true, world: checked.value as World } : checked;
}
