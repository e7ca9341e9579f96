/*
 * GENERATED FILE. DO NOT EDIT.
 * Source: schema/*.schema.json. Regenerate with `npm run codegen`; CI runs `npm run codegen -- --check`.
 */

/** Canonical types: what `loadConfig` and `aiperf-config resolve` produce (camelCase, shorthands expanded, defaults filled). */
export type * from "./canonical.js";
/** Input types: what a user may write in a config file (both key spellings, shorthands, templates). */
export type * from "./input.js";
