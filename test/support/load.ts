import { parse } from "yaml";
import { SourceMap } from "../../src/source-map.ts";
import { StageContext } from "../../src/stages/stage-context.ts";
import { Editor } from "../../src/normalizers/edit.ts";

/** A stage context over some YAML text, for calling one stage directly. */
export function contextFor(text = "{}\n"): { ctx: StageContext; edit: Editor } {
  const ctx = new StageContext(new SourceMap("<test>", text));
  return { ctx, edit: new Editor(ctx.map) };
}

/** Deep-freezes data so a stage that mutates its input throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

export const yaml = (text: string): unknown => parse(text);
