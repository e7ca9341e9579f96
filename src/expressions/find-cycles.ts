/**
 * Cycles among named nodes, one per strongly connected component, each as a chain that starts and ends at the same
 * node (`a → b → a`). Tarjan's algorithm, iterative so a long chain of variables cannot exhaust the stack.
 */

/**
 * Every cycle of the graph restricted to `nodes`: one chain per strongly connected component that has a cycle, in
 * the order of `nodes`. A chain starts at the component's earliest node and follows the shortest way back to it.
 */
export function findCycles(nodes: readonly string[], successors: (node: string) => readonly string[]): string[][] {
  const members = new Set(nodes);
  const next = (node: string): string[] => successors(node).filter((s) => members.has(s));
  const order = new Map(nodes.map((node, i) => [node, i]));
  return stronglyConnected(nodes, next)
    .filter((component) => component.length > 1 || next(component[0] ?? "").includes(component[0] ?? ""))
    .map((component) => {
      const sorted = [...component].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      return shortestLoop(sorted[0] ?? "", new Set(component), next);
    })
    .sort((a, b) => (order.get(a[0] ?? "") ?? 0) - (order.get(b[0] ?? "") ?? 0));
}

function stronglyConnected(nodes: readonly string[], next: (node: string) => string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const open = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
  };
  for (const root of nodes) {
    if (index.has(root)) continue;
    open(root);
    const work: { node: string; successors: string[]; at: number }[] = [{ node: root, successors: next(root), at: 0 }];
    while (work.length > 0) {
      const frame = work[work.length - 1] as (typeof work)[number];
      const successor = frame.successors[frame.at];
      if (successor !== undefined) {
        frame.at += 1;
        if (!index.has(successor)) {
          open(successor);
          work.push({ node: successor, successors: next(successor), at: 0 });
        } else if (onStack.has(successor)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(successor) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}

/** The shortest chain start → … → start inside one component (breadth-first, successors in their given order). */
function shortestLoop(start: string, component: Set<string>, next: (node: string) => string[]): string[] {
  const parent = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as string;
    for (const successor of next(node)) {
      if (!component.has(successor)) continue;
      if (successor === start) {
        const chain = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = parent.get(at)) chain.unshift(at);
        chain.unshift(start);
        return chain;
      }
      if (!parent.has(successor) && successor !== start) {
        parent.set(successor, node);
        queue.push(successor);
      }
    }
  }
  return [start, start]; // unreachable for a component with a cycle
}
