/**
 * What every world command answers (issue 14): the new world — with what the command made, if
 * anything (`id`, `outcomes`) —, or a refusal with its errors attached to the fields they concern.
 * `form` holds an error of the command as a whole (not allowed, unknown request…). A refused command
 * changes nothing: the caller keeps the world it had.
 */
import type { World } from './types';

export type Done<X extends object = object> = { readonly ok: true; readonly world: World } & X;
export type Refused<E> = { readonly ok: false; readonly errors: E };
export type Command<E, X extends object = object> = Done<X> | Refused<E>;

/** One error per field (and `form` for the command as a whole). */
export type FieldErrors<F extends string, E> = Partial<Record<F, E>>;
/** A refusal of the command as a whole. */
export type FormRefusal<E extends string> = { readonly form: E };

export const done = (world: World): Done => ({ ok: true, world });
export const refused = <E>(errors: E): Refused<E> => ({ ok: false, errors });
/** Refuses the command as a whole: `{ form: code }`. */
export const refuse = <C extends string>(code: C): Refused<FormRefusal<C>> => ({ ok: false, errors: { form: code } });

/** The first error of a refusal, in the order of its fields: for a screen that shows one message. */
export function firstError<E>(errors: Partial<Record<string, E>>): E | undefined {
  for (const value of Object.values(errors)) if (value !== undefined) return value;
  return undefined;
}
