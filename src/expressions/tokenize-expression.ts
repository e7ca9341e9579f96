/**
 * Stage 1 of an expression: text → tokens. Follows Jinja's lexer where it matters to users: strings in '…' or "…"
 * with Python's escapes, ints with `_` separators and 0x/0o/0b prefixes, floats only with digits before the point
 * (`.5` is not a number, as in Jinja), and after a `.` only an integer (`a.0.1` is `a[0][1]`, not `a` then `0.1`).
 */
import { expressionError, type ExpressionError } from "./expression-error.js";
import { makeFloat } from "./python-values.js";

/** What kind of token. `end` closes every token list, at the end of the text. */
export type TokenKind = "name" | "int" | "float" | "string" | "operator" | "end";

/** One token; `value` is the decoded string, the number (a PythonFloat for floats), or the name/operator text. */
export interface Token {
  kind: TokenKind;
  value: unknown;
  offset: number;
  length: number;
}

/** Tokens, or the first error. */
export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; error: ExpressionError };

const OPERATORS = ["**", "//", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "<", ">", "(", ")", "[", "]", ",", ".", "|", "="];
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const INT = /(?:0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|0[xX](?:_?[0-9a-fA-F])+|[1-9](?:_?[0-9])*|0(?:_?0)*)(?![0-9A-Za-z_])/y;
const FLOAT = /[0-9](?:_?[0-9])*(?:\.[0-9](?:_?[0-9])*)?[eE][+-]?[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\.[0-9](?:_?[0-9])*/y;
const DIGITS = /[0-9](?:_?[0-9])*/y;
const WHITESPACE = /\s+/y;

// Characters that are not part of the language, with what the user probably meant.
const UNSUPPORTED: Record<string, { message: string; hint?: string; forbidden?: boolean }> = {
  "{": { message: "dict literals are not supported", forbidden: true },
  "}": { message: "unexpected '}'" },
  "~": { message: "the '~' operator is not supported", hint: "join strings with '+', e.g. a + (b | string)", forbidden: true },
  ":": { message: "slices and dict literals are not supported", forbidden: true },
  "!": { message: "unexpected '!'", hint: "use 'not' for negation and '!=' for inequality" },
  "&": { message: "unexpected '&'", hint: "use 'and'" },
  "?": { message: "unexpected '?'", hint: "write a conditional as: a if condition else b" },
  ";": { message: "unexpected ';'" },
  "`": { message: "unexpected '`'" },
  "@": { message: "unexpected '@'" },
  "$": { message: "unexpected '$'", hint: "environment variables are written ${VAR} outside {{ }} and substituted before expressions run" },
};

/** Splits an expression into tokens. Never throws. */
export function tokenizeExpression(text: string): TokenizeResult {
  const tokens: Token[] = [];
  let i = 0;
  const at = (re: RegExp): string | undefined => {
    re.lastIndex = i;
    return re.exec(text)?.[0];
  };
  while (i < text.length) {
    const space = at(WHITESPACE);
    if (space) {
      i += space.length;
      continue;
    }
    const ch = text[i] ?? "";
    const afterDot = tokens.at(-1)?.kind === "operator" && tokens.at(-1)?.value === ".";
    if (ch === "'" || ch === '"') {
      const result = readString(text, i);
      if ("error" in result) return { ok: false, error: result.error };
      tokens.push({ kind: "string", value: result.value, offset: i, length: result.end - i });
      i = result.end;
      continue;
    }
    if (/[0-9]/.test(ch)) {
      const float = afterDot ? undefined : at(FLOAT);
      if (float) {
        tokens.push({ kind: "float", value: makeFloat(Number(float.replace(/_/g, ""))), offset: i, length: float.length });
        i += float.length;
        continue;
      }
      const int = afterDot ? at(DIGITS) : at(INT);
      if (!int) return fail("E_EXPRESSION_SYNTAX", "invalid number literal", i, at(/[0-9A-Za-z_.]+/y)?.length ?? 1, "leading zeros are not allowed in ints (write 7, not 07)");
      const value = Number(BigIntFromLiteral(int));
      if (!Number.isSafeInteger(value)) return fail("E_EXPRESSION_TYPE", `integer literal ${int} is beyond 2^53`, i, int.length, "integers that large are not supported; write a float such as 1e18");
      tokens.push({ kind: "int", value, offset: i, length: int.length });
      i += int.length;
      continue;
    }
    const name = at(NAME);
    if (name === "lambda") return fail("E_EXPRESSION_FORBIDDEN", "lambdas are not supported", i, name.length); // before its ':' trips the tokenizer
    if (name) {
      tokens.push({ kind: "name", value: name, offset: i, length: name.length });
      i += name.length;
      continue;
    }
    if (text.startsWith("{{", i)) return fail("E_EXPRESSION_SYNTAX", "unexpected '{{' inside an expression", i, 2, "an expression is written without '{{ }}' here");
    if (text.startsWith("&&", i)) return fail("E_EXPRESSION_SYNTAX", "unexpected '&&'", i, 2, "use 'and'");
    if (text.startsWith("||", i)) return fail("E_EXPRESSION_SYNTAX", "unexpected '||'", i, 2, "use 'or'");
    const op = OPERATORS.find((candidate) => text.startsWith(candidate, i));
    if (op) {
      tokens.push({ kind: "operator", value: op, offset: i, length: op.length });
      i += op.length;
      continue;
    }
    const known = UNSUPPORTED[ch];
    if (known) return fail(known.forbidden ? "E_EXPRESSION_FORBIDDEN" : "E_EXPRESSION_SYNTAX", known.message, i, 1, known.hint);
    const code = text.codePointAt(i) ?? 0;
    return fail("E_EXPRESSION_SYNTAX", `unexpected character '${String.fromCodePoint(code)}'`, i, code > 0xffff ? 2 : 1, /\p{L}/u.test(ch) ? "names use ASCII letters, digits and '_'" : undefined);
  }
  tokens.push({ kind: "end", value: "", offset: text.length, length: 0 });
  return { ok: true, tokens };
}

function fail(code: ExpressionError["code"], message: string, offset: number, length: number, hint?: string): TokenizeResult {
  return { ok: false, error: expressionError(code, message, { offset, length }, hint) };
}

function BigIntFromLiteral(literal: string): bigint {
  return BigInt(literal.replace(/_/g, "")); // BigInt reads 0x/0o/0b prefixes itself
}

const SIMPLE_ESCAPES: Record<string, string> = { "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\n": "" };
const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * A string literal from its opening quote: Python's escapes (Jinja decodes literals with `unicode-escape`); an
 * unknown escape such as `\d` keeps its backslash, as Python does.
 */
function readString(text: string, start: number): { value: string; end: number } | { error: ExpressionError } {
  const quote = text[start];
  let value = "";
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i] ?? "";
    if (ch === quote) return { value, end: i + 1 };
    if (ch !== "\\") {
      value += ch;
      i += 1;
      continue;
    }
    const next = text[i + 1] ?? "";
    const simple = SIMPLE_ESCAPES[next];
    const hexLength = HEX_ESCAPES[next];
    if (simple !== undefined) {
      value += simple;
      i += 2;
    } else if (hexLength !== undefined) {
      const digits = /^[0-9a-fA-F]*/.exec(text.slice(i + 2, i + 2 + hexLength))?.[0] ?? "";
      const code = digits.length === hexLength ? parseInt(digits, 16) : -1;
      if (code < 0 || code > 0x10ffff) {
        const message = code < 0 ? `truncated \\${next}${"X".repeat(hexLength)} escape` : "illegal Unicode character";
        return { error: expressionError("E_EXPRESSION_SYNTAX", message, { offset: i, length: 2 + digits.length }) };
      }
      value += String.fromCodePoint(code);
      i += 2 + hexLength;
    } else if (/[0-7]/.test(next)) {
      const octal = /[0-7]{1,3}/y;
      octal.lastIndex = i + 1;
      const digits = octal.exec(text)?.[0] ?? "0";
      value += String.fromCodePoint(parseInt(digits, 8));
      i += 1 + digits.length;
    } else if (next === "N") {
      return { error: expressionError("E_EXPRESSION_SYNTAX", "\\N{…} escapes are not supported", { offset: i, length: 2 }, "write the character itself, or \\u followed by its 4 hex digits") };
    } else {
      value += ch; // unknown escape: Python keeps the backslash; the next character is read on the next turn
      i += 1;
    }
  }
  return { error: expressionError("E_EXPRESSION_SYNTAX", "unterminated string literal", { offset: start, length: text.length - start }, `close it with ${quote}`) };
}
