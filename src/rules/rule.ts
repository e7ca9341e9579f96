/**
 * The shape of a semantic rule (design §2 step 10): a cross-field check on one canonical config that the JSON schema
 * cannot express. Rules are named data — the name is a sentence that documents the rule and names its tests, and every
 * rule has fixtures under `test/fixtures/rules/` that fail and pass it.
 */
import type { AiperfConfig } from "../../generated/types/canonical.js";
import type { DataPath, Finding } from "../diagnostics.js";

/** What a rule sees: the canonical config of one variant and a record of what the user wrote. */
export interface RuleContext {
  /** Canonical config (camelCase, shorthands expanded, templates applied, defaults filled). */
  config: AiperfConfig;
  /**
   * Did the user write this field (before defaults were filled)? Canonical camelCase path, e.g.
   * `["benchmark", "phases", 0, "kind"]`. A value that came from a template or a shorthand counts as written.
   */
  wasSet(path: DataPath): boolean;
}

/** One semantic rule. */
export interface Rule {
  /** A sentence: the documentation of the rule and the name of its tests. Unique among all rules. */
  name: string;
  /**
   * Every finding of this rule on the config (never throws, never stops at the first). Each finding's `path` is the
   * canonical path of the most specific field it is about.
   */
  check(ctx: RuleContext): Finding[];
}
