import { readdirSync, readFileSync } from "node:fs";
import { runCli } from "./src/cli/main.ts";
const dir = "test/fixtures/invalid";
for (const f of readdirSync(dir).sort()) {
  const text = readFileSync(`${dir}/${f}`, "utf8");
  const h = /^# expect: (\w+) line (\d+) "(.*)" hint "(.*)"$/m.exec(text)!;
  if (h[4] !== "") continue;
  let out = ""; runCli(["validate","--format","json",`${dir}/${f}`], {stdout: t => {out+=t}, stderr: () => {}});
  const d = (JSON.parse(out) as any[]).find(d => d.code === h[1] && d.line === Number(h[2]) && d.message.includes(h[3]));
  console.log(f, "|", d ? (d.hint ?? "<NO HINT>") : "<NOT FOUND>");
}
