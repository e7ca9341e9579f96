import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { realConfigs } from "../support/paths.ts";
import { compilePublishedSchema } from "../support/plain-ajv.ts";

/**
 * The published input schema is not permissive: every real config is mutated one mistake at a time, and every mutant
 * must be rejected. Two kinds of mistakes:
 *  - a misspelled key (two letters swapped) added to every mapping, except the maps whose keys are the user's own;
 *  - a wrong-typed value at every leaf (`true` for a string or number, `"maybe"` for a boolean), except inside
 *    free-form content (records, extra body fields, variables, plot settings, sweep values).
 * The list of user-keyed maps below is written from design §2 stage 5, independently of the schema.
 */

type Path = (string | number)[];

/** Normalizes a key so that `user_files` and `userFiles` compare equal. */
const norm = (key: string | number): string => String(key).replace(/_/g, "").toLowerCase();

/** Maps whose keys are user data; `*` is one segment, `**` any number (including none). */
const USER_KEYED = ["**.headers", "**.slos", "**.filters", "**.sla", "**.endpointprofiles", "templates", "sweep.parameters", "**.tags", "**.records"];
/** Subtrees that are free-form content: nothing inside is checked by the schema. */
const FREE_FORM = ["variables", "benchmark.variables", "plot", "**.extra", "**.records", "**.userfiles.*.content", "sweep.parameters.*", "sweep.runs.*.values", "sweep.runs.*.variables"];

function matches(pattern: string, path: Path): boolean {
  const parts = pattern.split(".");
  const walk = (pi: number, si: number): boolean => {
    if (pi === parts.length) return si === path.length;
    const part = parts[pi] as string;
    if (part === "**") return walk(pi + 1, si) || (si < path.length && walk(pi, si + 1));
    if (si === path.length) return false;
    return (part === "*" || part === norm(path[si] as string | number)) && walk(pi + 1, si + 1);
  };
  return walk(0, 0);
}
const isUserKeyed = (path: Path): boolean => USER_KEYED.some((p) => matches(p, path));
const isFree = (path: Path): boolean => FREE_FORM.some((p) => matches(p, path));

function misspell(key: string): string {
  const swapped = key.length >= 3 ? key[0] + (key[2] as string) + (key[1] as string) + key.slice(3) : key.split("").reverse().join("");
  return swapped === key ? `${key}x` : swapped;
}

interface Mutant {
  what: string;
  data: unknown;
}

/** Every single-mistake mutant of `doc`. */
function mutants(doc: unknown): Mutant[] {
  const out: Mutant[] = [];
  const replaceAt = (path: Path, value: unknown): unknown => {
    const copy = structuredClone(doc) as Record<string | number, unknown>;
    let node: Record<string | number, unknown> = copy;
    for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
    node[path[path.length - 1] as string | number] = value;
    return copy;
  };
  const walk = (value: unknown, path: Path): void => {
    if (isFree(path)) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
      return;
    }
    if (value !== null && typeof value === "object") {
      const map = value as Record<string, unknown>;
      if (!isUserKeyed(path)) {
        const keys = Object.keys(map);
        const key = keys[0] ?? "unknown";
        const typo = misspell(key);
        const mutated = { ...map, [typo]: map[key] ?? 1 };
        out.push({ what: `key '${typo}' at ${path.join(".") || "<root>"}`, data: path.length === 0 ? mutated : replaceAt(path, mutated) });
      }
      for (const [k, v] of Object.entries(map)) walk(v, [...path, k]);
      return;
    }
    const wrong = typeof value === "boolean" ? "maybe" : true;
    out.push({ what: `${JSON.stringify(wrong)} at ${path.join(".")} (was ${JSON.stringify(value)})`, data: replaceAt(path, wrong) });
  };
  walk(doc, []);
  return out;
}

const validate = compilePublishedSchema();
let total = 0;

for (const config of realConfigs()) {
  test(`every single-mistake mutant of ${config.name} is rejected`, () => {
    const doc = parse(config.text) as unknown;
    assert.ok(validate(doc), "the unmutated config must be valid");
    const list = mutants(doc);
    assert.ok(list.length >= 10, `only ${list.length} mutants`);
    total += list.length;
    const accepted = list.filter((m) => validate(m.data)).map((m) => m.what);
    assert.equal(accepted, [], `accepted mutants of ${config.name}`);
  });
}

test("the mutation run covered well over a thousand mutants", () => {
  assert.ok(total > 1500, `only ${total} mutants in all`);
});

/**
 * Controls, so the rejections above mean something: the same machinery with a harmless change must be accepted.
 * Each leaf replaced by itself, and each camelCase key renamed to its snake_case spelling (or back).
 */
function controls(doc: unknown): Mutant[] {
  const out: Mutant[] = [];
  const walk = (value: unknown, path: Path, parent: Record<string, unknown> | null, apply: (v: unknown) => unknown): void => {
    if (isFree(path)) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i], null, (v) => apply(value.map((x, j) => (j === i ? v : x)))));
      return;
    }
    if (value !== null && typeof value === "object") {
      const map = value as Record<string, unknown>;
      for (const [k, v] of Object.entries(map)) {
        if (!isUserKeyed(path)) {
          const other = /[A-Z]/.test(k) ? k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
          if (other !== k && !(other in map)) {
            const renamed = Object.fromEntries(Object.entries(map).map(([kk, vv]) => [kk === k ? other : kk, vv]));
            out.push({ what: `rename ${k} → ${other} at ${path.join(".")}`, data: apply(renamed) });
          }
        }
        walk(v, [...path, k], map, (nv) => apply({ ...map, [k]: nv }));
      }
      return;
    }
    out.push({ what: `same value at ${path.join(".")}`, data: apply(structuredClone(value)) });
    void parent;
  };
  walk(doc, [], null, (v) => v);
  return out;
}

for (const config of realConfigs()) {
  test(`harmless control changes of ${config.name} are accepted`, () => {
    const list = controls(parse(config.text) as unknown);
    assert.ok(list.length >= 5, `only ${list.length} controls`);
    const rejected = list.filter((m) => !validate(m.data)).map((m) => m.what);
    assert.equal(rejected, []);
  });
}

test("the matcher sees both key spellings and the free-form regions", () => {
  assert.ok(isUserKeyed(["benchmark", "endpoint", "headers"]));
  assert.ok(isFree(["benchmark", "artifacts", "user_files", 0, "content"]));
  assert.ok(isFree(["benchmark", "artifacts", "userFiles", 1, "content"]));
  assert.not.ok(isFree(["benchmark", "artifacts", "userFiles", 1, "path"]));
  assert.not.ok(isUserKeyed(["benchmark", "phases", 0]));
});

test.run();
