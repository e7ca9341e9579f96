/**
 * The phase/dataset compatibility matrix (format-today §9, the roadmap's "compatibility axes", design §2 step 10):
 * one rule per cell. Each finding sits at the phase's `type` (the phase is what demands something of its dataset)
 * and points at the dataset field that conflicts in `related`. Phases whose dataset cannot be resolved are skipped;
 * the reference rules report them.
 */
import type { Dataset, Phase } from "../../generated/types/canonical.js";
import type { DataPath, Finding } from "../diagnostics.js";
import { CORPUS_TRAITS, FORMAT_TIMING, TIMESTAMPED_FORMATS, firstRecordHasTiming } from "./dataset-traits.js";
import { upperBound } from "./distribution-helpers.js";
import type { Rule, RuleContext } from "./rule.js";
import { datasetOfPhase, datasetPath, finding, phasePath, writtenOr } from "./rule-helpers.js";

/** What a cell's check sees: the phase, its dataset, and a helper for `related` positions in the dataset. */
interface Pair {
  phase: Phase;
  dataset: Dataset;
  /** The phase's `type` path, where findings go. */
  at: DataPath;
  /** A related position at the dataset's `field` (or the dataset entry itself when that field was defaulted). */
  relatedAt(field: string, message: string): { path: DataPath; message: string }[];
}

const perPair = (name: string, check: (pair: Pair, ctx: RuleContext) => Finding[]): Rule => ({
  name,
  check: (ctx) =>
    ctx.config.benchmark.phases.flatMap((phase, i) => {
      const source = datasetOfPhase(ctx.config, phase);
      if (source.kind !== "found") return [];
      const base = datasetPath(source.index);
      const relatedAt = (field: string, message: string): { path: DataPath; message: string }[] => [{ path: writtenOr(ctx.wasSet, [...base, field], base), message }];
      return check({ phase, dataset: source.dataset, at: phasePath(i, "type"), relatedAt }, ctx);
    }),
});

const TIMESTAMPED = TIMESTAMPED_FORMATS.join(", ");

/** The compatibility rules. */
export const COMPATIBILITY_RULES: readonly Rule[] = [
  perPair("fixed_schedule replays a file dataset only with sequential sampling", ({ phase, dataset, at, relatedAt }) => {
    if (phase.type !== "fixed_schedule" || dataset.type !== "file" || dataset.sampling === "sequential") return [];
    return [
      finding("E_COMPATIBILITY", at, `Phase '${phase.name}' uses fixed_schedule which requires sequential sampling, but dataset '${dataset.name}' uses '${dataset.sampling}' sampling`, {
        hint: "set sampling: sequential on the dataset (a trace is replayed in its recorded order)",
        related: relatedAt("sampling", `dataset '${dataset.name}' sets sampling: ${dataset.sampling}`),
      }),
    ];
  }),
  perPair("fixed_schedule cannot replay a synthetic dataset", ({ phase, dataset, at, relatedAt }) => {
    if (phase.type !== "fixed_schedule" || dataset.type !== "synthetic") return [];
    return [
      finding("E_COMPATIBILITY", at, `Phase '${phase.name}' uses fixed_schedule which replays recorded timestamps, but dataset '${dataset.name}' is synthetic and has no timestamps`, {
        hint: `use a file dataset in a timestamped format (${TIMESTAMPED}), or a rate phase type such as poisson`,
        related: relatedAt("type", `dataset '${dataset.name}' is synthetic`),
      }),
    ];
  }),
  // AIPerf checks at start-up that the first record has a `timestamp` or `delay` field. Formats without timing fields
  // are errors; formats whose records may carry them are checked on inline records, and a file is a warning because
  // its first record cannot be read here.
  perPair("fixed_schedule needs a file format that carries timing", ({ phase, dataset, at, relatedAt }) => {
    if (phase.type !== "fixed_schedule" || dataset.type !== "file") return [];
    const timing = FORMAT_TIMING[dataset.format];
    const related = relatedAt("format", `dataset '${dataset.name}' uses format ${dataset.format}`);
    const start = `Phase '${phase.name}' uses fixed_schedule which requires timestamp or delay fields in the dataset`;
    if (timing === "timestamped") return [];
    if (timing === "none") {
      return [finding("E_COMPATIBILITY", at, `${start}, but dataset '${dataset.name}' uses '${dataset.format}' format, which carries no timing`, { hint: `use a timestamped format (${TIMESTAMPED}) or single_turn/multi_turn records with timestamps`, related })];
    }
    if (Array.isArray(dataset.records)) {
      if (firstRecordHasTiming(dataset.records)) return [];
      return [finding("E_COMPATIBILITY", at, `${start}, but the first record of dataset '${dataset.name}' has no 'timestamp' or 'delay' field`, { hint: "give every record a timestamp (milliseconds from the start of the schedule)", related: relatedAt("records", "the records are here") })];
    }
    return [
      finding("W_COMPATIBILITY", at, `${start}; dataset '${dataset.name}' uses '${dataset.format}' format, which carries timing only when its records have 'timestamp' or 'delay' fields. This cannot be checked before the run (AIPerf checks the file's first record at start-up)`, {
        hint: `make sure the records carry timestamps, or use a timestamped format (${TIMESTAMPED})`,
        related,
      }),
    ];
  }),
  perPair("user_centric needs a multi_turn file dataset", ({ phase, dataset, at, relatedAt }) => {
    if (phase.type !== "user_centric" || dataset.type !== "file" || dataset.format === "multi_turn") return [];
    return [
      finding("E_COMPATIBILITY", at, `Phase '${phase.name}' uses user_centric which requires multi_turn dataset format, but dataset '${dataset.name}' uses '${dataset.format}' format`, {
        hint: "set format: multi_turn with conversations ({session_id, turns: [...]} per line)",
        related: relatedAt("format", `dataset '${dataset.name}' uses format ${dataset.format}`),
      }),
    ];
  }),
  // Each simulated user walks through conversations turn by turn; with single-turn conversations there is nothing for
  // a user to continue. "More than one turn" means some conversation can have two turns: the largest possible
  // sample of `turns` exceeds 1 (templates/kv_cache_test.yaml uses turns mean 4).
  perPair("user_centric needs synthetic conversations of more than one turn", ({ phase, dataset, at, relatedAt }) => {
    if (phase.type !== "user_centric" || dataset.type !== "synthetic") return [];
    if (dataset.turns !== undefined && upperBound(dataset.turns) > 1) return [];
    const what = dataset.turns === undefined ? "does not set turns (single-turn requests)" : "has turns that never exceed 1";
    return [
      finding("E_COMPATIBILITY", at, `Phase '${phase.name}' uses user_centric which requires multi-turn conversations, but synthetic dataset '${dataset.name}' ${what}`, {
        hint: "set turns on the dataset, e.g. turns: {mean: 4, stddev: 1}",
        related: relatedAt("turns", `dataset '${dataset.name}' is defined here`),
      }),
    ];
  }),
  perPair("user_centric needs a multi-turn public corpus", ({ phase, dataset, at, relatedAt }) => {
    if (phase.type !== "user_centric" || dataset.type !== "public") return [];
    const traits = CORPUS_TRAITS[dataset.dataset];
    if (traits.multiTurn === "yes") return [];
    const related = relatedAt("dataset", `dataset '${dataset.name}' uses corpus ${dataset.dataset}`);
    if (traits.multiTurn === "unknown") {
      return [finding("W_COMPATIBILITY", at, `Phase '${phase.name}' uses user_centric which requires multi-turn conversations; whether public corpus '${dataset.dataset}' (dataset '${dataset.name}') has them cannot be checked before AIPerf loads it: ${traits.why}`, { related })];
    }
    return [
      finding("E_COMPATIBILITY", at, `Phase '${phase.name}' uses user_centric which requires multi-turn conversations, but public corpus '${dataset.dataset}' (dataset '${dataset.name}') is single-turn: ${traits.why}`, {
        hint: "use a multi-turn corpus (spec_al_mtbench, exgentic, exgentic_v2), a multi_turn file dataset, or synthetic turns",
        related,
      }),
    ];
  }),
  perPair("fixed_schedule needs a public corpus with recorded timing", ({ phase, dataset, at, relatedAt }) => {
    if (phase.type !== "fixed_schedule" || dataset.type !== "public") return [];
    const traits = CORPUS_TRAITS[dataset.dataset];
    if (traits.timing === "yes") return [];
    const related = relatedAt("dataset", `dataset '${dataset.name}' uses corpus ${dataset.dataset}`);
    if (traits.timing === "unknown") {
      return [
        finding("W_COMPATIBILITY", at, `Phase '${phase.name}' uses fixed_schedule, which replays recorded timestamps; whether public corpus '${dataset.dataset}' (dataset '${dataset.name}') can be replayed on a fixed schedule cannot be checked before AIPerf loads it: ${traits.why}`, {
          hint: "for agent traces, AIPerf's agentic replay (timingMode: agentic_replay) is the usual choice",
          related,
        }),
      ];
    }
    return [
      finding("E_COMPATIBILITY", at, `Phase '${phase.name}' uses fixed_schedule which replays recorded timestamps, but public corpus '${dataset.dataset}' (dataset '${dataset.name}') has no timestamps`, {
        hint: `use a file dataset in a timestamped format (${TIMESTAMPED}), or a rate phase type such as poisson`,
        related,
      }),
    ];
  }),
];
