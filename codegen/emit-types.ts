import { compile, type Options } from "json-schema-to-typescript";
import { Project, type SourceFile } from "ts-morph";
import { cloneJson, mapSubschemas, type SchemaNode } from "./schema-node.ts";
import { tsBanner, type GeneratedFile } from "./generated-file.ts";

/** Exported names other repos import; codegen fails if a schema change would silently rename one. */
const STABLE_CANONICAL_NAMES = ["AiperfConfig", "Benchmark", "Phase", "ConcurrencyPhase", "PoissonPhase", "GammaPhase", "ConstantPhase", "UserCentricPhase",
  "FixedSchedulePhase", "Dataset", "SyntheticDataset", "FileDataset", "PublicDataset", "Distribution", "Sweep", "GridSweep", "ZipSweep", "ScenariosSweep",
  "SobolSweep", "LatinHypercubeSweep", "AdaptiveSearchSweep", "MultiRun", "MultiRunConvergence", "PhaseConvergence", "Endpoint", "Models", "ModelItem"];
const STABLE_INPUT_NAMES = ["AiperfConfigInput", "BenchmarkInput", "PhaseInput", "DatasetInput", "SweepInput", "TemplateString", "DurationString"];

const OPTIONS: Partial<Options> = {
  bannerComment: "",
  additionalProperties: false,
  declareExternallyReferenced: true,
  unreachableDefinitions: false,
  strictIndexSignatures: true,
  format: true,
  style: { printWidth: 120, singleQuote: false },
};

/** Template-literal types for the strings the input view accepts in place of numbers, booleans and durations. */
const INPUT_HELPER_TYPES = `
/** A string holding an environment reference (\`\${VAR}\`, \`\${VAR:default}\`) or an expression (\`{{ a * b }}\`). */
export type TemplateString = \`\${string}\\\${\${string}}\${string}\` | \`\${string}{{\${string}}}\${string}\`;
/** A duration written as a string: a number with an optional unit (s, sec, m, min, h, hr, hour) or \`inf\`. */
export type DurationString = \`\${number}\` | \`\${number}\${"s" | "sec" | "m" | "min" | "h" | "hr" | "hour"}\` | \`\${number} \${"s" | "sec" | "m" | "min" | "h" | "hr" | "hour"}\` | "inf" | "infinity";
`;

/** TS declarations for the canonical view (`AiperfConfig`) and the input view (`AiperfConfigInput`), plus an index. */
export async function emitTypes(canonical: SchemaNode, inputTypes: SchemaNode): Promise<GeneratedFile[]> {
  const project = new Project({ useInMemoryFileSystem: true });
  const canonicalText = await compile(forCompiler(canonical), "AiperfConfig", OPTIONS);
  const inputText = await compile(forCompiler(inputTypes), "AiperfConfigInput", OPTIONS);
  const canonicalFile = shape(project.createSourceFile("canonical.ts", canonicalText), STABLE_CANONICAL_NAMES, "");
  const inputFile = shape(project.createSourceFile("input.ts", inputText), STABLE_INPUT_NAMES, INPUT_HELPER_TYPES);
  const index = `${tsBanner()}
/** Canonical types: what \`loadConfig\` and \`aiperf-config resolve\` produce (camelCase, shorthands expanded, defaults filled). */
export type * from "./canonical.js";
/** Input types: what a user may write in a config file (both key spellings, shorthands, templates). */
export type * from "./input.js";
`;
  return [
    { path: "generated/types/canonical.ts", text: canonicalFile },
    { path: "generated/types/input.ts", text: inputFile },
    { path: "generated/types/index.ts", text: index },
  ];
}

const SHAPE_KEYWORDS = ["type", "$ref", "anyOf", "oneOf", "allOf", "enum", "const", "properties", "items", "if", "additionalProperties", "tsType"];

/**
 * json-schema-to-typescript resolves `$id`-relative refs (ours are all local, so the ids go), and it turns a `$ref`
 * with sibling keywords (a property's own description) into a new, numbered copy of the target type; wrapping the
 * ref in a one-item `allOf` keeps the property's doc comment and the target's name.
 */
function forCompiler(view: SchemaNode): SchemaNode {
  const { $id: _id, $comment: _c, ...rest } = cloneJson(view);
  return mapSubschemas(rest, (node) => {
    // A schema that constrains nothing (free-form content) is `unknown`, not an empty object type.
    if (!SHAPE_KEYWORDS.some((k) => node[k] !== undefined)) return { ...node, tsType: "unknown" };
    if (typeof node["$ref"] !== "string" || Object.keys(node).length === 1) return node;
    const { $ref, ...siblings } = node;
    return { ...siblings, allOf: [{ $ref }] };
  });
}

/**
 * ts-morph pass: helper types first, every declaration exported, a doc comment kept on each, the stable names checked,
 * and the banner on top.
 */
function shape(file: SourceFile, stableNames: string[], helpers: string): string {
  if (helpers) file.insertStatements(0, helpers);
  for (const decl of [...file.getInterfaces(), ...file.getTypeAliases()]) {
    if (!decl.isExported()) decl.setIsExported(true);
  }
  const declared = new Set([...file.getInterfaces(), ...file.getTypeAliases()].map((d) => d.getName()));
  const missing = stableNames.filter((n) => !declared.has(n));
  if (missing.length > 0) throw new Error(`${file.getBaseName()}: stable exported type(s) missing: ${missing.join(", ")} (check the definition names in schema/)`);
  const numbered = [...declared].filter((n) => /[A-Za-z]\d+$/.test(n) && declared.has(n.replace(/\d+$/, "")));
  if (numbered.length > 0) throw new Error(`${file.getBaseName()}: json-schema-to-typescript had to number duplicate names: ${numbered.join(", ")} (give the schemas distinct titles)`);
  return `${tsBanner()}${file.getFullText().trimStart()}`;
}
