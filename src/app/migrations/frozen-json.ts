/**
 * The few helpers the world migrations share. Frozen like the migrations themselves: a shipped
 * migration's behaviour depends on them, so they are never edited; a later migration that needs
 * something else brings its own.
 */
export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The objects of a list; anything else gives an empty list. */
export const listOf = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** A deep copy of JSON data, so a migrated save never shares objects with a migration's own data. */
export const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Appends copies of the items whose id (by `idOf`) the list does not hold yet; a list that is not one stays as it is, for validation to report. */
export function withNew(list: unknown, items: readonly Json[], idOf: (item: Json) => unknown): unknown {
  if (!Array.isArray(list)) return list;
  const ids = new Set(listOf(list).map(idOf));
  return [...list, ...items.filter((i) => !ids.has(idOf(i))).map(copy)];
}
