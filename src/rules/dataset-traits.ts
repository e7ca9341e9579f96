/**
 * What the compatibility matrix needs to know about each dataset format and public corpus: does it carry request
 * timing (for `fixed_schedule` replay) and does it hold multi-turn conversations (for `user_centric`). The tables
 * are typed as total records over the generated enums, so adding a format or corpus to the schema fails to compile
 * until someone decides its traits here.
 */
import type { DatasetFormat, PublicDatasetType } from "../../generated/types/canonical.js";

/**
 * Whether a file format gives `fixed_schedule` timestamps to replay:
 * - `timestamped`: every row carries a timestamp by definition (the trace formats);
 * - `per-record`: rows MAY carry `timestamp` or `delay` fields. AIPerf decides at start-up from the first record
 *   ("no timing data in its first record" is its runtime error), so inline records are checked the same way and a
 *   file is reported as not checkable before the run;
 * - `none`: the format has no timing fields.
 *
 * single_turn rows may carry `timestamp`/`delay` (AIPerf's single_turn loader supports them), multi_turn turns carry
 * `delay`/`timestamp`, and dag_jsonl turns carry waits; raw_payload and inputs_json replay request bodies without
 * timing, random_pool assembles requests at random, and the SPEED-Bench splits are prompt sets.
 */
export type FormatTiming = "timestamped" | "per-record" | "none";

const SPEED_BENCH_TIMING = "none" as const;

/** Timing trait of every file format. */
export const FORMAT_TIMING: Record<DatasetFormat, FormatTiming> = {
  single_turn: "per-record",
  multi_turn: "per-record",
  dag_jsonl: "per-record",
  random_pool: "none",
  raw_payload: "none",
  inputs_json: "none",
  mooncake_trace: "timestamped",
  burst_gpt_trace: "timestamped",
  bailian_trace: "timestamped",
  sagemaker_data_capture: "timestamped",
  speed_bench_qualitative: SPEED_BENCH_TIMING,
  speed_bench_coding: SPEED_BENCH_TIMING,
  speed_bench_humanities: SPEED_BENCH_TIMING,
  speed_bench_math: SPEED_BENCH_TIMING,
  speed_bench_multilingual: SPEED_BENCH_TIMING,
  speed_bench_qa: SPEED_BENCH_TIMING,
  speed_bench_rag: SPEED_BENCH_TIMING,
  speed_bench_reasoning: SPEED_BENCH_TIMING,
  speed_bench_roleplay: SPEED_BENCH_TIMING,
  speed_bench_stem: SPEED_BENCH_TIMING,
  speed_bench_summarization: SPEED_BENCH_TIMING,
  speed_bench_writing: SPEED_BENCH_TIMING,
  speed_bench_throughput_1k: SPEED_BENCH_TIMING,
  speed_bench_throughput_2k: SPEED_BENCH_TIMING,
  speed_bench_throughput_8k: SPEED_BENCH_TIMING,
  speed_bench_throughput_16k: SPEED_BENCH_TIMING,
  speed_bench_throughput_32k: SPEED_BENCH_TIMING,
  speed_bench_throughput_1k_low_entropy: SPEED_BENCH_TIMING,
  speed_bench_throughput_1k_mixed: SPEED_BENCH_TIMING,
  speed_bench_throughput_1k_high_entropy: SPEED_BENCH_TIMING,
  speed_bench_throughput_2k_low_entropy: SPEED_BENCH_TIMING,
  speed_bench_throughput_2k_mixed: SPEED_BENCH_TIMING,
  speed_bench_throughput_2k_high_entropy: SPEED_BENCH_TIMING,
  speed_bench_throughput_8k_low_entropy: SPEED_BENCH_TIMING,
  speed_bench_throughput_8k_mixed: SPEED_BENCH_TIMING,
  speed_bench_throughput_8k_high_entropy: SPEED_BENCH_TIMING,
  speed_bench_throughput_16k_low_entropy: SPEED_BENCH_TIMING,
  speed_bench_throughput_16k_mixed: SPEED_BENCH_TIMING,
  speed_bench_throughput_16k_high_entropy: SPEED_BENCH_TIMING,
  speed_bench_throughput_32k_low_entropy: SPEED_BENCH_TIMING,
  speed_bench_throughput_32k_mixed: SPEED_BENCH_TIMING,
  speed_bench_throughput_32k_high_entropy: SPEED_BENCH_TIMING,
};

/** A trait of a public corpus: known yes, known no, or not knowable before AIPerf's loader runs. */
export type Trait = "yes" | "no" | "unknown";

/** The traits of one public corpus, with the reason shown to the user. */
export interface CorpusTraits {
  multiTurn: Trait;
  timing: Trait;
  /** Why, in a few words, for messages: "ShareGPT keeps only the first prompt of each conversation". */
  why: string;
}

const singleTurn = (why: string): CorpusTraits => ({ multiTurn: "no", timing: "no", why });

/**
 * Public corpora, from AIPerf's loader descriptions. Only MT-Bench and the Exgentic agent traces hold multi-turn
 * conversations; ShareGPT is conversations on HuggingFace but AIPerf keeps only each conversation's first prompt. The
 * Exgentic traces are replayed "with their recorded timing" by AIPerf's agentic replay; whether a `fixed_schedule`
 * phase can use that timing is decided by AIPerf's loader, so it is `unknown` here (a warning, not an error).
 */
export const CORPUS_TRAITS: Record<PublicDatasetType, CorpusTraits> = {
  sharegpt: singleTurn("AIPerf keeps only the first prompt of each ShareGPT conversation"),
  aimo: singleTurn("AIMO problems are single prompts"),
  aimo_aime: singleTurn("AIME problems are single prompts"),
  aimo_numina_cot: singleTurn("NuminaMath problems are single prompts"),
  aimo_numina_1_5: singleTurn("NuminaMath problems are single prompts"),
  mmstar: singleTurn("MMStar is one question and image per request"),
  mmvu: singleTurn("MMVU is one question and video per request"),
  vision_arena: singleTurn("AIPerf keeps only the first user message of each VisionArena chat"),
  llava_onevision: singleTurn("AIPerf keeps only the first user message of each LLaVA-OneVision sample"),
  spec_bench: singleTurn("Spec-Bench questions are single prompts"),
  spec_al_gsm8k: singleTurn("GSM8K problems are single prompts"),
  spec_al_math500: singleTurn("MATH-500 problems are single prompts"),
  spec_al_humaneval: singleTurn("HumanEval tasks are single prompts"),
  spec_al_mbpp: singleTurn("MBPP tasks are single prompts"),
  spec_al_mtbench: { multiTurn: "yes", timing: "no", why: "MT-Bench is two-turn chats without timestamps" },
  instruct_coder: singleTurn("InstructCoder instructions are single prompts"),
  blazedit_5k: singleTurn("Blazedit edits are single prompts"),
  blazedit_10k: singleTurn("Blazedit edits are single prompts"),
  librispeech: singleTurn("LibriSpeech is one audio clip per request"),
  voxpopuli: singleTurn("VoxPopuli is one audio clip per request"),
  gigaspeech: singleTurn("GigaSpeech is one audio clip per request"),
  ami: singleTurn("AMI is one audio clip per request"),
  spgispeech: singleTurn("SPGISpeech is one audio clip per request"),
  exgentic: { multiTurn: "yes", timing: "unknown", why: "Exgentic agent traces carry recorded timing for AIPerf's agentic replay" },
  exgentic_v2: { multiTurn: "yes", timing: "unknown", why: "Exgentic v2 agent traces carry recorded timing for AIPerf's agentic replay" },
};

/** Formats whose timestamped trace formats a message can suggest. */
export const TIMESTAMPED_FORMATS = (Object.keys(FORMAT_TIMING) as DatasetFormat[]).filter((f) => FORMAT_TIMING[f] === "timestamped");

/**
 * Whether inline records carry timing the way AIPerf checks it: the first record has a `timestamp` or `delay` field,
 * at its top level or (multi-turn formats) on its first turn.
 */
export function firstRecordHasTiming(records: unknown[]): boolean {
  const first = records[0];
  if (typeof first !== "object" || first === null) return false;
  const hasTiming = (o: object): boolean => "timestamp" in o || "delay" in o;
  if (hasTiming(first)) return true;
  const turns = (first as { turns?: unknown }).turns;
  const firstTurn = Array.isArray(turns) ? turns[0] : undefined;
  return typeof firstTurn === "object" && firstTurn !== null && hasTiming(firstTurn);
}
