/** Subscribes to an actor and calls back at once with its current snapshot, as the views expect. */
export function observe<S>(actor: { getSnapshot(): S; subscribe(listener: (snapshot: S) => void): { unsubscribe(): void } }, listener: (snapshot: S) => void): () => void {
  const subscription = actor.subscribe(listener);
  listener(actor.getSnapshot());
  return () => subscription.unsubscribe();
}
