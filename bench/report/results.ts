import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { MachineSchema, type Machine } from "./machine.ts";

/** results.json: one entry per section, each with the machine and mode it ran in, so sections run apart. */
const SectionEntrySchema = z.object({ machine: MachineSchema, quick: z.boolean(), data: z.unknown() });
const ResultsSchema = z.object({ sections: z.record(z.string(), SectionEntrySchema) });
export type Results = z.infer<typeof ResultsSchema>;

/** Writes this run's sections over the file's, keeping the sections this run did not run. */
export function writeResults(path: string, machine: Machine, quick: boolean, sections: Readonly<Record<string, unknown>>): void {
  let previous: Results = { sections: {} };
  if (existsSync(path)) {
    const parsed = ResultsSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
    if (parsed.success) previous = parsed.data;
  }
  const fresh = Object.fromEntries(Object.entries(sections).map(([id, data]) => [id, { machine, quick, data }]));
  writeFileSync(path, `${JSON.stringify({ sections: { ...previous.sections, ...fresh } }, null, 2)}\n`);
}
