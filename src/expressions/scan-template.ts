/**
 * Splits a template string into literal text and `{{ … }}` expressions, as Jinja's lexer does for the parts we
 * support: the closing `}}` is found outside string literals (`{{ '}}' }}` is one expression), and `{{-` / `-}}`
 * strip the whitespace before / after the tag. `{% … %}` statements and `{# … #}` comments are refused: the
 * language is expressions only.
 */
import { expressionError, type ExpressionError } from "./expression-error.js";

/** Literal text, at `offset` in the template. */
export interface TextPart {
  kind: "text";
  text: string;
  offset: number;
}

/** One `{{ … }}`: `source` is the expression between the delimiters and starts at `offset` in the template. */
export interface ExpressionPart {
  kind: "expression";
  source: string;
  offset: number;
  /** Where the `{{` starts and the `}}` ends: the whole tag, for errors about the tag itself. */
  tagOffset: number;
  tagLength: number;
}

/** The parts in order, and the errors of the scan (a missing `}}`, statements, comments). */
export interface ScannedTemplate {
  parts: (TextPart | ExpressionPart)[];
  errors: ExpressionError[];
}

/** True when AIPerf would render the string with Jinja: it holds `{{` or `{%`. Everything else passes unchanged. */
export function isTemplate(text: string): boolean {
  return text.includes("{{") || text.includes("{%");
}

const TAG = /\{[{%#]/g;

/** Splits a template. Never throws. */
export function scanTemplate(text: string): ScannedTemplate {
  const parts: (TextPart | ExpressionPart)[] = [];
  const errors: ExpressionError[] = [];
  let position = 0;
  const pushText = (value: string, offset: number): void => {
    if (value) parts.push({ kind: "text", text: value, offset });
  };
  for (;;) {
    TAG.lastIndex = position;
    const tag = TAG.exec(text);
    if (!tag) {
      pushText(text.slice(position), position);
      break;
    }
    const start = tag.index;
    const before = text.slice(position, start);
    if (tag[0] !== "{{") {
      const statement = tag[0] === "{%";
      const closing = text.indexOf(statement ? "%}" : "#}", start + 2);
      const length = closing < 0 ? 2 : closing + 2 - start;
      errors.push(
        statement
          ? expressionError("E_EXPRESSION_FORBIDDEN", "statements ({% … %}) are not supported; only {{ expressions }} are", { offset: start, length }, "choose a value with an expression instead, e.g. {{ a if condition else b }}")
          : expressionError("E_EXPRESSION_FORBIDDEN", "comments ({# … #}) are not supported in values", { offset: start, length }, "use a YAML comment (# …) instead"),
      );
      pushText(before, position);
      position = closing < 0 ? start + 2 : closing + 2;
      continue;
    }
    const trimBefore = text[start + 2] === "-";
    const sourceStart = start + (trimBefore ? 3 : 2);
    const closing = findClosing(text, sourceStart);
    if (closing < 0) {
      errors.push(expressionError("E_EXPRESSION_SYNTAX", "unbalanced '{{' with no closing '}}'", { offset: start, length: 2 }, "close the expression with '}}'"));
      break;
    }
    const trimAfter = closing > sourceStart && text[closing - 1] === "-";
    const sourceEnd = trimAfter ? closing - 1 : closing;
    pushText(trimBefore ? before.trimEnd() : before, position);
    parts.push({ kind: "expression", source: text.slice(sourceStart, sourceEnd), offset: sourceStart, tagOffset: start, tagLength: closing + 2 - start });
    position = closing + 2;
    if (trimAfter) position += /^\s*/.exec(text.slice(position))?.[0].length ?? 0;
  }
  return { parts, errors };
}

/**
 * The index of the `}}` that closes an expression starting at `from`, skipping string literals. A quote that is never
 * closed is treated as a plain character, so the tag still closes and the tokenizer reports the unterminated string.
 */
function findClosing(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'" || ch === '"') {
      const end = closingQuote(text, i);
      if (end < 0) return text.indexOf("}}", i + 1);
      i = end + 1;
      continue;
    }
    if (ch === "}" && text[i + 1] === "}") return i;
    i += 1;
  }
  return -1;
}

function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === "\\") i += 1;
    else if (text[i] === quote) return i;
  }
  return -1;
}
