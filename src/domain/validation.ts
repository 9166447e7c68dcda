/**
 * What a validator of stored data says: the value, typed, or the problem with it. The training
 * records (progress, reports, runs) define their validators with it and storage applies them, so
 * neither layer imports the other.
 */
export type Validation<T> = { ok: true; value: T } | { ok: false; problem: string };
