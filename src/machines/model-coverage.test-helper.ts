/**
 * Shared by the model-based tests: turns xstate/graph's adjacency map into edges, finds a
 * shortest path to each edge's source, and checks that the walk covers every state node and
 * every declared transition of the machine.
 */
import type { AnyMachineSnapshot, AnyStateMachine, AnyStateNode, EventObject } from 'xstate';
import { createTestModel } from 'xstate/graph';

export interface Edge<S, E> {
  from: S;
  event: E;
  to: S;
}


function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap((child) => allNodes(child as AnyStateNode))];
}

/** `events` may depend on the snapshot, for events the real system can only cause in some states. */
export function walk<M extends AnyStateMachine, E extends EventObject>(
  machine: M,
  events: E[] | ((snapshot: AnyMachineSnapshot) => E[]),
  input: unknown = {},
  /** Context fields that only count (a print counter): left out of a state's identity, so the graph stays finite. */
  ignore: readonly string[] = [],
) {
  const key = (s: AnyMachineSnapshot) =>
    JSON.stringify([s.value, Object.fromEntries(Object.entries(s.context as object).filter(([k]) => !ignore.includes(k)))]);
  const model = createTestModel(machine, { events: events as never, input: input as never, serializeState: key as never });
  const adjacency = model.getAdjacencyMap();
  const values = Object.values(adjacency) as { state: AnyMachineSnapshot; transitions: Record<string, { event: E; state: AnyMachineSnapshot }> }[];
  const edges: Edge<AnyMachineSnapshot, E>[] = values.flatMap(({ state, transitions }) =>
    Object.values(transitions).map(({ event, state: to }) => ({ from: state, event, to })),
  );
  const shortest = new Map(model.getShortestPaths({ allowDuplicatePaths: true }).map((p) => [key(p.state as AnyMachineSnapshot), p]));

  /** The events that lead from the initial state to the edge's target (the edge included). */
  function eventsTo(edge: Edge<AnyMachineSnapshot, E>): { event: E; state: AnyMachineSnapshot }[] | null {
    const prefix = shortest.get(key(edge.from));
    if (!prefix) return null;
    const steps = prefix.steps
      .filter((s) => (s.event as EventObject).type !== 'xstate.init')
      .map((s) => ({ event: s.event as E, state: s.state as AnyMachineSnapshot }));
    return [...steps, { event: edge.event, state: edge.to }];
  }

  /** State node ids never reached (nodes left by eventless transitions at once can be excluded). */
  function unreachedNodes(exclude: string[] = []): string[] {
    const reached = new Set(values.flatMap((v) => v.state._nodes.map((n: AnyStateNode) => n.id)));
    return allNodes(machine.root)
      .map((n) => n.id)
      .filter((id) => !reached.has(id) && !exclude.includes(id));
  }

  /** Declared transitions (source, event type, targets) that no edge of the walk takes. */
  function untakenTransitions(): string[] {
    const describe = (node: AnyStateNode, type: string, targets: readonly AnyStateNode[] | undefined) =>
      `${node.id}|${type}|${(targets?.map((n) => n.id) ?? [node.id]).join()}`;
    const taken = new Set<string>();
    for (const { from, event, to } of edges) {
      for (const node of from._nodes as AnyStateNode[]) {
        for (const t of node.transitions.get(event.type) ?? []) {
          const targets = t.target?.map((n) => n.id) ?? [node.id];
          if (targets.every((id) => to._nodes.some((n: AnyStateNode) => n.id === id))) taken.add(describe(node, event.type, t.target));
        }
      }
    }
    return allNodes(machine.root).flatMap((node) =>
      [...node.transitions.entries()].flatMap(([type, list]) => list.map((t) => describe(node, type, t.target)).filter((d) => !taken.has(d))),
    );
  }

  const label = (e: Edge<AnyMachineSnapshot, E>) =>
    `${JSON.stringify(e.from.value)} --${JSON.stringify(e.event)}--> ${JSON.stringify(e.to.value)}`;

  return { edges, eventsTo, unreachedNodes, untakenTransitions, label };
}
