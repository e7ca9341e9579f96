/**
 * Models rules (format-today §6): the weighted strategy's weights, and item names that phases and sweep paths use
 * to refer to a model.
 */
import type { Rule } from "./rule.js";
import { duplicates, finding, pyFloat } from "./rule-helpers.js";

const ITEMS = ["benchmark", "models", "items"];

/** Weights are checked, never rescaled (AIPerf's behaviour): 0.7 + 0.2 is a typo, not a 78/22 split. */
const WEIGHT_TOLERANCE = 0.01;

/** The models rules. */
export const MODELS_RULES: readonly Rule[] = [
  {
    name: "With the weighted strategy every model item has a weight",
    check({ config }) {
      const { strategy, items } = config.benchmark.models;
      if (strategy !== "weighted") return [];
      return items.flatMap((item, i) =>
        item.weight === undefined
          ? [finding("E_MODELS", [...ITEMS, i], `All models must have weights specified when using weighted strategy; model '${item.name}' has no weight`, { hint: "give every item a weight between 0 and 1, adding up to 1" })]
          : [],
      );
    },
  },
  {
    // Reported only when every item has a weight; a missing weight is the rule above.
    name: "With the weighted strategy the model weights add up to 1",
    check({ config }) {
      const { strategy, items } = config.benchmark.models;
      if (strategy !== "weighted" || items.some((item) => item.weight === undefined)) return [];
      const total = items.reduce((sum, item) => sum + (item.weight ?? 0), 0);
      if (Math.abs(total - 1) <= WEIGHT_TOLERANCE) return [];
      return [finding("E_MODELS", ITEMS, `Model weights must sum to 1.0, got ${pyFloat(total)}`, { hint: "weights are shares of requests and are not rescaled; make them add up to 1 (within 0.01)" })];
    },
  },
  {
    name: "Model item names are unique",
    check({ config }) {
      const items = config.benchmark.models.items;
      return duplicates(items, (item) => item.name).map(({ index, first }) =>
        finding("E_MODELS", [...ITEMS, index, "name"], `duplicate model name '${items[index]?.name}' in models.items — names must be unique (a phase's model field and sweep paths select items by name)`, {
          related: [{ path: [...ITEMS, first, "name"], message: "first defined here" }],
        }),
      );
    },
  },
];
