/**
 * Dataset rules (format-today §6 and §4 step 6): names, the source of a file dataset, and constraints between the
 * fields of a synthetic dataset and inside its distributions.
 */
import type { Dataset } from "../../generated/types/canonical.js";
import type { Finding } from "../diagnostics.js";
import { datasetDistributions, expectedValue } from "./distribution-helpers.js";
import type { Rule, RuleContext } from "./rule.js";
import { datasetPath, duplicates, finding } from "./rule-helpers.js";

const perDataset = (name: string, check: (dataset: Dataset, index: number, ctx: RuleContext) => Finding[]): Rule => ({
  name,
  check: (ctx) => ctx.config.benchmark.datasets.flatMap((dataset, index) => check(dataset, index, ctx)),
});

const short = (n: number): string => String(Number(n.toPrecision(6)));

/** The dataset rules. */
export const DATASET_RULES: readonly Rule[] = [
  {
    // Exact comparison: phases and sweep paths select datasets by exact name.
    name: "Dataset names are unique",
    check({ config }) {
      const datasets = config.benchmark.datasets;
      return duplicates(datasets, (d) => d.name).map(({ index, first }) =>
        finding("E_DATASETS", datasetPath(index, "name"), `duplicate dataset name '${datasets[index]?.name}' — names must be unique (phases and sweep paths select datasets by name)`, {
          hint: "rename one of them",
          related: [{ path: datasetPath(first, "name"), message: "first defined here" }],
        }),
      );
    },
  },
  perDataset("A file dataset has exactly one source, path or records", (dataset, i) => {
    if (dataset.type !== "file") return [];
    if (dataset.path !== undefined && dataset.records !== undefined) {
      return [
        finding("E_DATASETS", datasetPath(i, "records"), `FileDataset requires exactly one source: set either path: … or records: …, not both. Dataset '${dataset.name}' sets both`, {
          related: [{ path: datasetPath(i, "path"), message: "path is set here" }],
        }),
      ];
    }
    if (dataset.path === undefined && dataset.records === undefined) {
      return [
        finding("E_DATASETS", datasetPath(i), `FileDataset requires exactly one source: set either path: … or records: …; dataset '${dataset.name}' sets neither`, {
          hint: "add path: ./data.jsonl (a file or folder) or records: [...] (inline records)",
        }),
      ];
    }
    return [];
  }),
  perDataset("Inline records are a list, or for random_pool a map of pool names to lists", (dataset, i) => {
    if (dataset.type !== "file" || dataset.records === undefined || Array.isArray(dataset.records)) return [];
    if (dataset.format !== "random_pool") {
      return [
        finding("E_DATASETS", datasetPath(i, "records"), `Dataset '${dataset.name}': records may be a mapping of pool names to records only with format random_pool; format '${dataset.format}' needs a list of records`, {
          hint: "write records as a list (- {...}), or set format: random_pool",
        }),
      ];
    }
    return Object.entries(dataset.records)
      .filter(([, pool]) => !Array.isArray(pool))
      .map(([pool]) => finding("E_DATASETS", datasetPath(i, "records", pool), `Dataset '${dataset.name}': pool '${pool}' must be a list of records`));
  }),
  perDataset("Synthetic turns average at least one", (dataset, i) => {
    if (dataset.type !== "synthetic" || dataset.turns === undefined) return [];
    const mean = expectedValue(dataset.turns);
    if (mean >= 1) return [];
    return [
      finding("E_DATASETS", datasetPath(i, "turns"), `Dataset '${dataset.name}': turns must have an expected value of at least 1 (every conversation has at least one turn); got ${short(mean)}`, {
        hint: "leave turns out for single-turn requests, or use e.g. turns: {mean: 3, stddev: 1}",
      }),
    ];
  }),
  perDataset("A lognormal distribution's median does not exceed its mean", (dataset, i) =>
    datasetDistributions(dataset, datasetPath(i)).flatMap(({ distribution: d, path }) =>
      d.type === "lognormal" && d.median > d.mean
        ? [finding("E_DISTRIBUTION", [...path, "median"], `lognormal median (${short(d.median)}) must be <= mean (${short(d.mean)}); the long tail sits above the median, so the mean is never below it`)]
        : [],
    ),
  ),
  perDataset("A distribution's min does not exceed its max", (dataset, i) =>
    datasetDistributions(dataset, datasetPath(i)).flatMap(({ distribution: d, path }) =>
      d.min !== undefined && d.max !== undefined && d.min > d.max
        ? [finding("E_DISTRIBUTION", [...path, "min"], `distribution min (${short(d.min)}) must be <= max (${short(d.max)})`, { related: [{ path: [...path, "max"], message: `max is ${short(d.max)}` }] })]
        : [],
    ),
  ),
  perDataset("Prefix prompts use either a prefix pool or a system and context prompt", (dataset, i) => {
    if (dataset.type !== "synthetic" || !dataset.prefixPrompts) return [];
    const p = dataset.prefixPrompts;
    const pool = p.poolSize !== undefined || p.length !== undefined;
    const secondField = p.sharedSystemLength !== undefined ? "sharedSystemLength" : p.userContextLength !== undefined ? "userContextLength" : undefined;
    if (!pool || secondField === undefined) return [];
    return [
      finding("E_DATASETS", datasetPath(i, "prefixPrompts", secondField), `Dataset '${dataset.name}': prefix_prompts pool_size/length cannot be combined with shared_system_length/user_context_length; they are two different prefix layouts`, {
        hint: "use pool_size + length for a pool of random prefixes, or shared_system_length / user_context_length for a shared system prompt plus per-conversation context",
      }),
    ];
  }),
  perDataset("Noise images are sampled randomly with replacement", (dataset, i) => {
    if (dataset.type !== "synthetic" || !dataset.images || dataset.images.source !== "noise" || dataset.images.sourceSampling === "random-with-replacement") return [];
    return [
      finding("E_DATASETS", datasetPath(i, "images", "sourceSampling"), `Dataset '${dataset.name}': images.source_sampling '${dataset.images.sourceSampling}' needs a finite image source; with source 'noise' only 'random-with-replacement' is valid (noise images are generated, there is no pool to cycle through)`, {
        hint: "remove source_sampling, or use source: assets or a folder of images",
      }),
    ];
  }),
  perDataset("A video audio codec needs an audio track", (dataset, i) => {
    const audio = dataset.type === "synthetic" ? dataset.video?.audio : undefined;
    if (!audio || audio.codec === undefined || audio.channels === 1 || audio.channels === 2) return [];
    return [
      finding("E_DATASETS", datasetPath(i, "video", "audio", "codec"), `Dataset '${dataset.name}': video.audio.codec '${audio.codec}' requires an audio track (video.audio.channels 1 or 2); channels is ${audio.channels}`, {
        hint: "set video.audio.channels to 1 or 2, or remove the codec",
      }),
    ];
  }),
];
