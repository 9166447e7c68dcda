/**
 * Events are the intents (issue 14): a machine receives the learner's intent as its event, with
 * the facts only the world can decide (a PIN's verdict, the roles at an enterprise, a save's
 * outcome) added by the controller as fields of their own. One name per action, from the click
 * to the machine: `pw.home` is the intent and the event.
 *
 * `WithFacts<I, F>`: each intent of the union `I`, joined with the facts `F` lists for its type.
 */
import type { World } from '../world/types';

export type WithFacts<I extends { type: string }, F extends Partial<Record<I['type'], object>>> = I extends { type: infer T }
  ? T extends keyof F
    ? I & F[T]
    : I
  : never;

/**
 * The world's verdict on a save, as facts: accepted, or refused with the errors the world gives,
 * attached to the fields they concern (the same objects its commands refuse with).
 */
export type Verdict<E> = { ok: true } | { ok: false; errors: E };

/** The errors a world command refuses with: the `errors` of its `{ ok: false, errors }`. */
export type RefusalOf<C extends (...args: never[]) => { readonly ok: boolean }> =
  Extract<ReturnType<C>, { readonly ok: false }> extends { readonly errors: infer E } ? E : never;

/** A world command's result as the intent's facts, with the world after it when accepted (facts go last). */
export function verdict<I extends { type: string }, E>(
  intent: I,
  result: { readonly ok: true; readonly world: World } | { readonly ok: false; readonly errors: E },
): { event: I & { ok: true }; world: World } | { event: I & { ok: false; errors: E } } {
  return result.ok ? { event: { ...intent, ok: true }, world: result.world } : { event: { ...intent, ok: false, errors: result.errors } };
}
