/**
 * Stage 2 of an expression: tokens → syntax tree. Precedence, loosest first (Jinja's order, Python's `**`):
 *
 *   a if c else b  →  or  →  and  →  not  →  == != < <= > >= (chainable)  →  + -  →  * / // %
 *   →  unary - +  →  **  (right-associative, binds tighter than a unary minus on its left: -2 ** 2 is -4)
 *   →  postfix .name [key]  →  primary
 *
 * Filters bind as in Jinja: to the operand right before them, after a unary minus (`-x | abs` is abs(-x)) and
 * before any binary operator (`a * b | int` is a * (b | int)). Everything outside the language is refused here,
 * before any evaluation: calls, `_`-names, `constructor`, unknown filters, misspelt filter arguments.
 * Results are cached per expression text (sweep variants repeat the same expressions); trees are shared, never
 * mutated.
 */
import type { ArithmeticOperator, ComparisonOperator } from "./apply-operator.js";
import type { ExpressionNode, FilterNode, LiteralNode } from "./expression-ast.js";
import { EvaluationFailure, expressionError, type ExpressionError, type ExpressionErrorCode, type Span } from "./expression-error.js";
import { FILTERS } from "./expression-filters.js";
import { forbiddenKeyMessage } from "./forbidden-keys.js";
import { didYouMeanHint } from "./suggest-name.js";
import { tokenizeExpression, type Token } from "./tokenize-expression.js";

/** A tree, or the first error (offsets relative to the expression text). */
export type ParseResult = { ok: true; ast: ExpressionNode } | { ok: false; error: ExpressionError };

// Bounds that keep recursion (here and in the evaluator) far from the JavaScript stack limit.
const MAX_TOKENS = 1000;
const MAX_NESTING = 64;
const CACHE_LIMIT = 10_000;
const cache = new Map<string, ParseResult>();

/** Parses one expression (the text between `{{` and `}}`, or a bare `when:` condition). Never throws. */
export function parseExpression(text: string): ParseResult {
  const cached = cache.get(text);
  if (cached) return cached;
  const result = parseUncached(text);
  if (cache.size >= CACHE_LIMIT) cache.clear(); // a crude bound; real configs hold a few hundred distinct expressions
  cache.set(text, result);
  return result;
}

function parseUncached(text: string): ParseResult {
  const tokenized = tokenizeExpression(text);
  if (!tokenized.ok) return tokenized;
  if (tokenized.tokens.length > MAX_TOKENS) {
    return { ok: false, error: expressionError("E_EXPRESSION_SYNTAX", `expression is too long (more than ${MAX_TOKENS} tokens)`, { offset: 0, length: text.length }) };
  }
  try {
    return { ok: true, ast: new Parser(text, tokenized.tokens).parseAll() };
  } catch (error) {
    if (error instanceof EvaluationFailure) return { ok: false, error: error.toError({ offset: 0, length: text.length }) };
    throw error;
  }
}

const LITERAL_WORDS: Record<string, unknown> = { true: true, false: false, none: null, True: true, False: false, None: null };
const KEYWORDS = new Set(["and", "or", "not", "if", "else", "in", "is"]);
const COMPARISONS = new Set(["==", "!=", "<", "<=", ">", ">="]);
const spanOf = (first: Span, last: Span): Span => ({ offset: first.offset, length: last.offset + last.length - first.offset });

class Parser {
  private index = 0;
  private nesting = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {}

  parseAll(): ExpressionNode {
    if (this.peek().kind === "end") this.fail("E_EXPRESSION_SYNTAX", "expected an expression", { offset: 0, length: this.text.length });
    const node = this.parseConditional();
    if (this.peek().kind !== "end") this.unexpected(this.peek());
    return node;
  }

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== "end") this.index += 1;
    return token;
  }

  private isOperator(value: string, token = this.peek()): boolean {
    return token.kind === "operator" && token.value === value;
  }

  private isWord(value: string, token = this.peek()): boolean {
    return token.kind === "name" && token.value === value;
  }

  private fail(code: ExpressionErrorCode, message: string, span: Span, hint?: string): never {
    throw new EvaluationFailure(code, message, hint, { offset: span.offset, length: span.length });
  }

  private enter(at: Token): void {
    if (++this.nesting > MAX_NESTING) this.fail("E_EXPRESSION_SYNTAX", `expression nests too deeply (more than ${MAX_NESTING} levels)`, at);
  }

  private leave(): void {
    this.nesting -= 1;
  }

  private parseConditional(): ExpressionNode {
    this.enter(this.peek());
    let node = this.parseOr();
    if (this.isWord("if")) {
      this.next();
      const test = this.parseOr();
      if (!this.isWord("else")) this.fail("E_EXPRESSION_SYNTAX", "expected 'else' in a conditional expression", this.peek(), "write: a if condition else b");
      this.next();
      const otherwise = this.parseConditional();
      node = { type: "conditional", test, then: node, otherwise, ...spanOf(node, otherwise) };
    }
    this.leave();
    return node;
  }

  private parseOr(): ExpressionNode {
    let left = this.parseAnd();
    while (this.isWord("or")) {
      this.next();
      const right = this.parseAnd();
      left = { type: "logical", operator: "or", left, right, ...spanOf(left, right) };
    }
    return left;
  }

  private parseAnd(): ExpressionNode {
    let left = this.parseNot();
    while (this.isWord("and")) {
      this.next();
      const right = this.parseNot();
      left = { type: "logical", operator: "and", left, right, ...spanOf(left, right) };
    }
    return left;
  }

  private parseNot(): ExpressionNode {
    if (!this.isWord("not")) return this.parseCompare();
    const token = this.next();
    this.enter(token);
    const operand = this.parseNot();
    this.leave();
    return { type: "unary", operator: "not", operand, ...spanOf(token, operand) };
  }

  private parseCompare(): ExpressionNode {
    const first = this.parseAdditive();
    const rest: { operator: ComparisonOperator; operand: ExpressionNode }[] = [];
    while (this.peek().kind === "operator" && COMPARISONS.has(this.peek().value as string)) {
      const operator = this.next().value as ComparisonOperator;
      rest.push({ operator, operand: this.parseAdditive() });
    }
    const last = rest.at(-1);
    return last ? { type: "compare", first, rest, ...spanOf(first, last.operand) } : first;
  }

  private parseBinary(operators: readonly string[], operand: () => ExpressionNode): ExpressionNode {
    let left = operand();
    while (operators.some((op) => this.isOperator(op))) {
      const operator = this.next().value as ArithmeticOperator;
      const right = operand();
      left = { type: "binary", operator, left, right, ...spanOf(left, right) };
    }
    return left;
  }

  private parseAdditive(): ExpressionNode {
    return this.parseBinary(["+", "-"], () => this.parseMultiplicative());
  }

  private parseMultiplicative(): ExpressionNode {
    return this.parseBinary(["*", "/", "//", "%"], () => this.parseUnary(true));
  }

  private parseUnary(withFilters: boolean): ExpressionNode {
    if (!this.isOperator("-") && !this.isOperator("+")) return this.parsePower(withFilters);
    const token = this.next();
    this.enter(token);
    const operand = this.parseUnary(false);
    this.leave();
    const node: ExpressionNode = { type: "unary", operator: token.value as "-" | "+", operand, ...spanOf(token, operand) };
    return withFilters ? this.parseFilters(node) : node;
  }

  private parsePower(withFilters: boolean): ExpressionNode {
    let base = this.parsePostfix(this.parsePrimary());
    if (withFilters) base = this.parseFilters(base);
    if (!this.isOperator("**")) return base;
    const token = this.next();
    this.enter(token);
    const exponent = this.parseUnary(true);
    this.leave();
    return { type: "binary", operator: "**", left: base, right: exponent, ...spanOf(base, exponent) };
  }

  private parsePostfix(start: ExpressionNode): ExpressionNode {
    let node = start;
    for (;;) {
      if (this.isOperator(".")) {
        this.next();
        const token = this.peek();
        if (token.kind !== "name" && token.kind !== "int") this.fail("E_EXPRESSION_SYNTAX", "expected a name after '.'", token);
        this.next();
        if (token.kind === "name") this.checkKey(token.value as string, token);
        node = { type: "lookup", object: node, key: { type: "literal", value: token.value, offset: token.offset, length: token.length }, ...spanOf(node, token) };
      } else if (this.isOperator("[")) {
        const open = this.next();
        if (this.isOperator("]")) this.fail("E_EXPRESSION_SYNTAX", "expected a key inside '[ ]'", this.peek());
        const key = this.parseConditional();
        if (this.isOperator(",")) this.fail("E_EXPRESSION_FORBIDDEN", "tuple keys are not supported", this.peek());
        const close = this.expectClosing("]", open);
        if (key.type === "literal" && typeof key.value === "string") this.checkKey(key.value, key);
        node = { type: "lookup", object: node, key, ...spanOf(node, close) };
      } else if (this.isOperator("(")) {
        const callee = node.type === "name" ? node.name : node.type === "lookup" && node.key.type === "literal" ? String(node.key.value) : undefined;
        const hint = callee !== undefined && FILTERS.has(callee) ? `use the filter instead: value | ${callee}` : undefined;
        this.fail("E_EXPRESSION_FORBIDDEN", "function calls are not supported", spanOf(node, this.peek()), hint);
      } else {
        return node;
      }
    }
  }

  private parsePrimary(): ExpressionNode {
    const token = this.peek();
    switch (token.kind) {
      case "name": {
        const word = token.value as string;
        if (Object.hasOwn(LITERAL_WORDS, word)) {
          this.next();
          return { type: "literal", value: LITERAL_WORDS[word], offset: token.offset, length: token.length };
        }
        if (KEYWORDS.has(word)) this.unexpected(token);
        this.checkKey(word, token);
        this.next();
        return { type: "name", name: word, offset: token.offset, length: token.length };
      }
      case "int":
      case "float":
        this.next();
        return { type: "literal", value: token.value, offset: token.offset, length: token.length };
      case "string": {
        // Adjacent string literals join, as in Jinja and Python: 'a' 'b' is 'ab'.
        let value = "";
        let last = token;
        while (this.peek().kind === "string") {
          last = this.next();
          value += last.value as string;
        }
        return { type: "literal", value, ...spanOf(token, last) } satisfies LiteralNode;
      }
      case "operator":
        if (token.value === "(") return this.parseParenthesized();
        if (token.value === "[") return this.parseList();
        return this.unexpected(token);
      default:
        return this.unexpected(token);
    }
  }

  private parseParenthesized(): ExpressionNode {
    const open = this.next();
    if (this.isOperator(")")) this.fail("E_EXPRESSION_SYNTAX", "expected an expression inside '( )'", this.peek());
    const inner = this.parseConditional();
    if (this.isOperator(",")) this.fail("E_EXPRESSION_FORBIDDEN", "tuples are not supported", this.peek(), "use a list: [a, b]");
    const close = this.expectClosing(")", open);
    return { ...inner, ...spanOf(open, close) };
  }

  private parseList(): ExpressionNode {
    const open = this.next();
    const items: ExpressionNode[] = [];
    while (!this.isOperator("]")) {
      items.push(this.parseConditional());
      if (!this.isOperator(",")) break;
      this.next();
    }
    const close = this.expectClosing("]", open);
    return { type: "list", items, ...spanOf(open, close) };
  }

  private expectClosing(closing: string, open: Token): Token {
    if (this.isOperator(closing)) return this.next();
    if (this.peek().kind === "end") this.fail("E_EXPRESSION_SYNTAX", `'${open.value as string}' was never closed`, open);
    const expected = closing === ")" ? "')'" : "',' or ']'";
    return this.fail("E_EXPRESSION_SYNTAX", `expected ${expected}, found ${this.describe(this.peek())}`, this.peek(), this.peek().kind === "name" || this.peek().kind === "int" ? "an operator or a ',' is missing" : undefined);
  }

  /** `operand | name`, `operand | name(args)`, repeated. */
  private parseFilters(start: ExpressionNode): ExpressionNode {
    let node = start;
    while (this.isOperator("|")) {
      this.next();
      const nameToken = this.peek();
      if (nameToken.kind !== "name") {
        this.fail("E_EXPRESSION_SYNTAX", "expected a filter name after '|'", nameToken, this.isOperator("|", nameToken) ? "use 'or'" : undefined);
      }
      this.next();
      const name = nameToken.value as string;
      const rule = FILTERS.get(name);
      if (!rule) {
        const supported = [...FILTERS.keys()].join(", ");
        const close = didYouMeanHint(name, FILTERS.keys());
        this.fail("E_EXPRESSION_FORBIDDEN", `unknown filter '${name}'`, nameToken, `${close ? `${close} ` : ""}supported filters: ${supported}`);
      }
      const positional: ExpressionNode[] = [];
      const keywords: { name: string; value: ExpressionNode; span: Span }[] = [];
      let last: Span = nameToken;
      if (this.isOperator("(")) {
        const open = this.next();
        while (!this.isOperator(")")) {
          if (this.peek().kind === "name" && this.isOperator("=", this.peek(1))) {
            const keyword = this.next();
            this.next();
            keywords.push({ name: keyword.value as string, value: this.parseConditional(), span: keyword });
          } else {
            if (keywords.length > 0) this.fail("E_EXPRESSION_SYNTAX", "positional argument follows keyword argument", this.peek());
            positional.push(this.parseConditional());
          }
          if (!this.isOperator(",")) break;
          this.next();
        }
        last = this.expectClosing(")", open);
      }
      node = this.bindFilter(name, node, positional, keywords, nameToken, spanOf(node, last));
    }
    return node;
  }

  /** Matches arguments to the filter's parameters now, so a misspelt keyword fails even in an untaken branch. */
  private bindFilter(name: string, operand: ExpressionNode, positional: ExpressionNode[], keywords: { name: string; value: ExpressionNode; span: Span }[], nameSpan: Span, span: Span): FilterNode {
    const params = FILTERS.get(name)?.params ?? [];
    if (positional.length > params.length) {
      const most = params.length === 0 ? "takes no arguments" : `takes at most ${params.length} argument${params.length === 1 ? "" : "s"}`;
      this.fail("E_EXPRESSION_TYPE", `filter '${name}' ${most} (${positional.length} given)`, span, params.length ? `parameters: ${params.map((p) => p.name).join(", ")}` : undefined);
    }
    const args: (ExpressionNode | undefined)[] = params.map((_, i) => positional[i]);
    for (const keyword of keywords) {
      const at = params.findIndex((p) => p.name === keyword.name);
      if (at < 0) {
        this.fail("E_EXPRESSION_TYPE", `filter '${name}' got an unexpected keyword argument '${keyword.name}'`, keyword.span, didYouMeanHint(keyword.name, params.map((p) => p.name)) ?? (params.length ? `parameters: ${params.map((p) => p.name).join(", ")}` : `'${name}' takes no arguments`));
      }
      if (args[at] !== undefined) this.fail("E_EXPRESSION_TYPE", `filter '${name}' got multiple values for argument '${keyword.name}'`, keyword.span);
      args[at] = keyword.value;
    }
    return { type: "filter", name, nameSpan: { offset: nameSpan.offset, length: nameSpan.length }, operand, args, ...span };
  }

  private checkKey(key: string, span: Span): void {
    const message = forbiddenKeyMessage(key);
    if (message) this.fail("E_EXPRESSION_FORBIDDEN", message, span);
  }

  private describe(token: Token): string {
    return token.kind === "end" ? "the end of the expression" : `'${this.text.slice(token.offset, token.offset + token.length)}'`;
  }

  /** The error for a token that cannot come where it is, with the likely intent for Jinja features we refuse. */
  private unexpected(token: Token): never {
    if (token.kind === "end") this.fail("E_EXPRESSION_SYNTAX", "unexpected end of expression", token, "an operand is missing");
    if (this.isWord("in", token) || (this.isWord("not", token) && this.isWord("in", this.peek(1)))) {
      this.fail("E_EXPRESSION_FORBIDDEN", "the 'in' operator is not supported", token);
    }
    if (this.isWord("is", token)) this.fail("E_EXPRESSION_FORBIDDEN", "tests ('is defined', 'is number', …) are not supported", token, "for a value that may be missing, use: value | default(fallback)");
    if (this.isOperator("=", token)) this.fail("E_EXPRESSION_SYNTAX", "unexpected '='", token, "compare with '=='");
    if (this.isOperator(".", token) && this.peek(1).kind === "int") this.fail("E_EXPRESSION_SYNTAX", "unexpected '.'", token, "write numbers with a leading digit: 0.5");
    const previous = this.tokens[this.index - 1];
    const hint = previous && (token.kind === "name" || token.kind === "int" || token.kind === "float" || token.kind === "string") && previous.kind !== "operator" ? "an operator is missing between the two" : undefined;
    return this.fail("E_EXPRESSION_SYNTAX", `unexpected ${this.describe(token)}`, token, hint);
  }
}
