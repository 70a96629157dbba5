import type { Table } from "../report/table.ts";

export interface SectionOptions {
  quick: boolean;
  seed: number;
}

/** A stated goal and whether this run met it; quick runs report targets without judging them. */
export interface Target {
  name: string;
  goal: string;
  measured: string;
  met: boolean;
}

export interface SectionResult {
  tables: Table[];
  targets: Target[];
  /** Everything measured, as written to results.json under the section's id. */
  data: unknown;
}

/** Progress lines go to stderr, so the tables on stdout stay clean for piping. */
export const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** One part of the benchmark (the engine in Node, the extension in a browser), run by `bench/run.ts`. */
export interface Section {
  id: string;
  title: string;
  run(options: SectionOptions): Promise<SectionResult>;
}
