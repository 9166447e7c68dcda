/**
 * Events are the intents (issue 14): a machine receives the learner's intent as its event, with
 * the facts only the world can decide (a PIN's verdict, the roles at an enterprise, a save's
 * outcome) added by the controller as fields of their own. One name per action, from the click
 * to the machine: `pw.home` is the intent and the event.
 *
 * `WithFacts<I, F>`: each intent of the union `I`, joined with the facts `F` lists for its type.
 */
export type WithFacts<I extends { type: string }, F extends Partial<Record<I['type'], object>>> = I extends { type: infer T }
  ? T extends keyof F
    ? I & F[T]
    : I
  : never;
