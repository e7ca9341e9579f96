/** One file codegen produces, as its path under the repository root and its full text. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/** The banner every generated file carries (JSON files carry it as `$comment`). */
export const BANNER_LINES = [
  "GENERATED FILE. DO NOT EDIT.",
  "Source: schema/*.schema.json. Regenerate with `npm run codegen`; CI runs `npm run codegen -- --check`.",
];

export const tsBanner = (): string => `/*\n * ${BANNER_LINES.join("\n * ")}\n */\n`;
export const mdBanner = (): string => `<!-- ${BANNER_LINES.join(" ")} -->\n`;
