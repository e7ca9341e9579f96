/**
 * The data paths an expression reads: `phases.warmup.metrics.goodput.avg` → ["phases", "warmup", "metrics",
 * "goodput", "avg"]. Variables use it for their dependency order; the phase planner can use it to check that a
 * `when:` names only ancestor phases and known metrics before anything runs.
 */
import type { ExpressionNode } from "./expression-ast.js";

/** One path read by an expression, as far as its keys are literal, and its span in the expression text. */
export interface Reference {
  path: (string | number)[];
  offset: number;
  length: number;
}

/** Every path the expression reads, in source order. A computed key (`a[b]`) ends the path at `a`; `b` is its own. */
export function listReferences(ast: ExpressionNode): Reference[] {
  const references: Reference[] = [];
  visit(ast, references);
  return references;
}

function visit(node: ExpressionNode, out: Reference[]): void {
  switch (node.type) {
    case "literal":
      return;
    case "name":
      out.push({ path: [node.name], offset: node.offset, length: node.length });
      return;
    case "lookup": {
      const chain = literalChain(node);
      if (chain) {
        out.push(chain);
        return;
      }
      visit(node.object, out);
      visit(node.key, out);
      return;
    }
    case "list":
      node.items.forEach((item) => visit(item, out));
      return;
    case "unary":
      visit(node.operand, out);
      return;
    case "binary":
    case "logical":
      visit(node.left, out);
      visit(node.right, out);
      return;
    case "compare":
      visit(node.first, out);
      node.rest.forEach(({ operand }) => visit(operand, out));
      return;
    case "conditional":
      visit(node.then, out);
      visit(node.test, out);
      visit(node.otherwise, out);
      return;
    case "filter":
      visit(node.operand, out);
      node.args.forEach((arg) => arg && visit(arg, out));
      return;
  }
}

/** `a.b["c"][0]` as one reference, or undefined when a key along the way is computed. */
function literalChain(node: ExpressionNode): Reference | undefined {
  const keys: (string | number)[] = [];
  let current = node;
  while (current.type === "lookup") {
    const key = current.key;
    if (key.type !== "literal" || (typeof key.value !== "string" && typeof key.value !== "number")) return undefined;
    keys.unshift(key.value);
    current = current.object;
  }
  if (current.type !== "name") return undefined;
  return { path: [current.name, ...keys], offset: current.offset, length: node.offset + node.length - current.offset };
}
