/**
 * The tree walker shared by `evaluateExpression` and `renderTemplate`. Names resolve in the caller's scope through
 * own properties only (`Object.hasOwn`), never the prototype chain; lists also answer to the `name` of their entries
 * (`phases.warmup`), as AIPerf's template context does (format-today §7). Missing names and keys become an
 * UndefinedValue that lookups pass along and every other consumer, except the `default` filter, turns into its
 * error.
 */
import { applyArithmetic, applyComparison, applyUnary } from "./apply-operator.js";
import type { ExpressionNode, FilterNode, LookupNode, NameNode } from "./expression-ast.js";
import { EvaluationFailure, expressionError, type ExpressionError, type Span } from "./expression-error.js";
import { FILTERS } from "./expression-filters.js";
import { reprValue } from "./format-value.js";
import { forbiddenKeyMessage } from "./forbidden-keys.js";
import { isTruthy, keysOf, kindOf, numberOf, typeName, UndefinedValue } from "./python-values.js";
import { didYouMeanHint } from "./suggest-name.js";

/** The names an expression can see: plain JSON-like data (numbers may be PythonFloat), read through own keys only. */
export type Scope = Readonly<Record<string, unknown>>;

/** A value (possibly a PythonFloat, or data of the scope by reference), or the error. */
export type EvaluatedValue = { ok: true; value: unknown } | { ok: false; error: ExpressionError };

/** Evaluates a parsed tree. `source` is the text it was parsed from, for messages that quote the user's path. */
export function evaluateTree(ast: ExpressionNode, source: string, scope: Scope): EvaluatedValue {
  try {
    const value = new Evaluator(source, scope).evaluate(ast);
    if (value instanceof UndefinedValue) return { ok: false, error: value.error };
    return { ok: true, value };
  } catch (error) {
    if (error instanceof EvaluationFailure) return { ok: false, error: error.toError(ast) };
    throw error;
  }
}

const HINT_KEY_LIMIT = 10;

class Evaluator {
  constructor(
    private readonly source: string,
    private readonly scope: Scope,
  ) {}

  evaluate(node: ExpressionNode): unknown {
    switch (node.type) {
      case "literal":
        return node.value;
      case "list":
        return node.items.map((item) => this.defined(item));
      case "name":
        return this.lookupName(node);
      case "lookup": {
        const object = this.evaluate(node.object);
        if (object instanceof UndefinedValue) return object;
        return this.lookupKey(object, this.defined(node.key), node);
      }
      case "unary": {
        const operand = this.defined(node.operand);
        if (node.operator === "not") return !isTruthy(operand);
        const operator = node.operator;
        return this.at(node, () => applyUnary(operator, operand));
      }
      case "binary": {
        const left = this.defined(node.left);
        const right = this.defined(node.right);
        return this.at(node, () => applyArithmetic(node.operator, left, right));
      }
      case "logical": {
        // Python returns an operand, not a bool: `0 or 'x'` is 'x'. Only the left one is tested.
        const left = this.defined(node.left);
        const decided = node.operator === "and" ? !isTruthy(left) : isTruthy(left);
        return decided ? left : this.evaluate(node.right);
      }
      case "compare": {
        let left = this.defined(node.first);
        for (const { operator, operand } of node.rest) {
          const right = this.defined(operand);
          const holds = this.at(node, () => applyComparison(operator, left, right));
          if (!holds) return false;
          left = right;
        }
        return true;
      }
      case "conditional":
        return isTruthy(this.defined(node.test)) ? this.evaluate(node.then) : this.evaluate(node.otherwise);
      case "filter":
        return this.applyFilter(node);
    }
  }

  /** Evaluates a node whose value is used: an undefined one fails here, at its own position. */
  private defined(node: ExpressionNode): unknown {
    const value = this.evaluate(node);
    if (value instanceof UndefinedValue) throw new EvaluationFailure(value.error.code, value.error.message, value.error.hint, value.error);
    return value;
  }

  /** Runs an operator, placing its error (which knows no position) at the node. */
  private at<T>(span: Span, run: () => T): T {
    try {
      return run();
    } catch (error) {
      if (error instanceof EvaluationFailure && error.span === undefined) throw new EvaluationFailure(error.code, error.message, error.hint, { offset: span.offset, length: span.length });
      throw error;
    }
  }

  private text(span: Span): string {
    return this.source.slice(span.offset, span.offset + span.length);
  }

  private undefinedAt(span: Span, message: string, hint?: string): UndefinedValue {
    return new UndefinedValue(expressionError("E_EXPRESSION_UNDEFINED", message, { offset: span.offset, length: span.length }, hint));
  }

  private lookupName(node: NameNode): unknown {
    if (Object.hasOwn(this.scope, node.name)) {
      const value = this.scope[node.name];
      if (value !== undefined) return value;
    }
    return this.undefinedAt(node, `'${node.name}' is undefined`, didYouMeanHint(node.name, Object.keys(this.scope)));
  }

  private lookupKey(object: unknown, key: unknown, node: LookupNode): unknown {
    const keySpan: Span = node.key;
    const path = this.text(node);
    const objectPath = this.text(node.object);
    const keyKind = kindOf(key);
    if (typeof key === "string") {
      const forbidden = forbiddenKeyMessage(key);
      if (forbidden) throw new EvaluationFailure("E_EXPRESSION_FORBIDDEN", forbidden, undefined, keySpan);
    }
    switch (kindOf(object)) {
      case "dict": {
        const record = object as Record<string, unknown>;
        // Mapping keys from YAML are always strings, so `a.0` / `a[0]` on a mapping can only mean the key "0".
        // (Jinja would call that undefined; a user would not expect it to be.)
        const name = keyKind === "int" ? String(key) : key;
        if (typeof name === "string" && Object.hasOwn(record, name) && record[name] !== undefined) return record[name];
        const keys = keysOf(record);
        const hint = (typeof name === "string" ? didYouMeanHint(name, keys) : undefined) ?? keyListHint(objectPath, keys, "keys");
        return this.undefinedAt(keySpan, `'${path}' is undefined`, hint);
      }
      case "list": {
        const items = object as unknown[];
        if (keyKind === "int" || keyKind === "bool") {
          const index = numberOf(key);
          const item = items[index < 0 ? items.length + index : index];
          if (item !== undefined) return item;
          return this.undefinedAt(keySpan, `'${path}' is undefined`, `'${objectPath}' has ${items.length} item${items.length === 1 ? "" : "s"}`);
        }
        if (typeof key === "string") {
          const named = items.filter((item): item is Record<string, unknown> => kindOf(item) === "dict" && Object.hasOwn(item as object, "name"));
          const found = named.find((item) => item["name"] === key);
          if (found) return found;
          const names = named.map((item) => item["name"]).filter((name): name is string => typeof name === "string");
          return this.undefinedAt(keySpan, `'${path}' is undefined`, didYouMeanHint(key, names) ?? keyListHint(objectPath, names, "entries named"));
        }
        throw new EvaluationFailure("E_EXPRESSION_TYPE", `list indices must be integers or entry names, not ${typeName(key)}`, undefined, keySpan);
      }
      case "none":
        return this.undefinedAt(keySpan, `'${path}' is undefined`, `'${objectPath}' is None`);
      case "str": {
        if (keyKind === "int" || keyKind === "bool") {
          const characters = [...(object as string)];
          const index = numberOf(key);
          const character = characters[index < 0 ? characters.length + index : index];
          if (character !== undefined) return character;
          return this.undefinedAt(keySpan, `'${path}' is undefined`, `'${objectPath}' has ${characters.length} characters`);
        }
        break;
      }
      case "other":
        throw new EvaluationFailure("E_EXPRESSION_TYPE", `a value of ${typeName(object)} type is not data`, undefined, { offset: node.object.offset, length: node.object.length });
      default:
        break;
    }
    const kind = typeName(object);
    const article = /^[aeiou]/.test(kind) ? "an" : "a";
    throw new EvaluationFailure("E_EXPRESSION_TYPE", `cannot look up ${reprValue(key)} in '${objectPath}': it is ${article} ${kind} (${shorten(reprValue(object))}), not a mapping or a list`, undefined, keySpan);
  }

  private applyFilter(node: FilterNode): unknown {
    const rule = FILTERS.get(node.name);
    if (!rule) throw new EvaluationFailure("E_EXPRESSION_FORBIDDEN", `unknown filter '${node.name}'`, undefined, node.nameSpan); // the parser refuses these first
    const operand = rule.acceptsUndefined ? this.evaluate(node.operand) : this.defined(node.operand);
    // `default`'s fallback may itself be undefined: Jinja passes it along and fails only if it is used.
    const args = node.args.map((arg, i) => (arg === undefined ? rule.params[i]?.default : rule.acceptsUndefined ? this.evaluate(arg) : this.defined(arg)));
    const context = { undefined: (message: string) => this.undefinedAt(node, message) };
    return this.at(node, () => rule.apply(operand, args, context));
  }
}

const shorten = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

/** `'a.b' has keys: x, y, z` (at most ten), so a typo far from every key still shows what is there. */
function keyListHint(objectPath: string, keys: string[], what: string): string | undefined {
  const visible = keys.filter((key) => !key.startsWith("_"));
  if (visible.length === 0) return `'${objectPath}' has no ${what === "keys" ? "keys" : "named entries"}`;
  const shown = visible.slice(0, HINT_KEY_LIMIT).join(", ");
  return `'${objectPath}' has ${what}: ${shown}${visible.length > HINT_KEY_LIMIT ? ", …" : ""}`;
}
