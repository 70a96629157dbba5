/**
 * `npm run bench [-- --quick] [-- --only engine] [-- --markdown]`: runs the benchmark sections, prints their
 * tables, writes bench/results.json (keyed by section) and, with --markdown, the tables for the README.
 * Not a test: targets are judged only in full runs, and a missed target sets exit code 1.
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { describeMachine, machineInfo } from "./report/machine.ts";
import { writeResults } from "./report/results.ts";
import { renderMarkdown, renderText } from "./report/table.ts";
import { SECTIONS } from "./sections/index.ts";

const SEED = 20240611;
const RESULTS = fileURLToPath(new URL("./results.json", import.meta.url));

const FlagsSchema = z.object({
  quick: z.boolean().default(false),
  markdown: z.boolean().default(false),
  only: z.enum(SECTIONS.map((s) => s.id) as [string, ...string[]]).optional(),
});

const { values } = parseArgs({
  options: { quick: { type: "boolean" }, markdown: { type: "boolean" }, only: { type: "string" } },
  strict: true,
});
const flags = FlagsSchema.parse(values);
const machine = machineInfo();
const chosen = SECTIONS.filter((s) => !flags.only || s.id === flags.only);

console.log(`Second Look benchmarks${flags.quick ? " (quick: fewer posts, one round, targets not judged)" : ""}`);
console.log(`Machine: ${describeMachine(machine)}\n`);

const data: Record<string, unknown> = {};
let missed = 0;
for (const section of chosen) {
  const result = await section.run({ quick: flags.quick, seed: SEED });
  data[section.id] = result.data;
  for (const table of result.tables) console.log(`${renderText(table)}\n`);
  if (result.targets.length > 0) {
    console.log(`Targets — ${section.title}${flags.quick ? " (not judged in quick mode)" : ""}`);
    for (const t of result.targets) {
      const mark = flags.quick ? "·" : t.met ? "✓" : "✗";
      console.log(`  ${mark} ${t.name}: ${t.measured} (goal ${t.goal})`);
      if (!flags.quick && !t.met) missed++;
    }
    console.log("");
  }
  if (flags.markdown) {
    console.log(`Markdown for the README (${describeMachine(machine)}):\n`);
    for (const table of result.tables) console.log(`${renderMarkdown(table)}\n`);
  }
}

writeResults(RESULTS, machine, flags.quick, data);
console.log(`Wrote ${RESULTS}`);
if (missed > 0) process.exitCode = 1;
