import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { machineInfo } from "../../../bench/report/machine.ts";
import { writeResults } from "../../../bench/report/results.ts";
import { fmt, renderMarkdown, renderText, type Table } from "../../../bench/report/table.ts";

const table: Table = { title: "T", head: ["name", "speed"], rows: [["a|b", "1,234"], ["long name", "5"]], notes: ["note"] };

describe("renderText", () => {
  it("aligns columns, numbers to the right", () => {
    expect(renderText(table).split("\n")).toEqual(["T", "name       speed", "─────────  ─────", "a|b        1,234", "long name      5", "  note"]);
  });
});

describe("renderMarkdown", () => {
  it("escapes pipes and right-aligns numeric columns", () => {
    expect(renderMarkdown(table)).toBe("**T**\n\n| name | speed |\n| --- | ---: |\n| a\\|b | 1,234 |\n| long name | 5 |\n\nnote");
  });
});

describe("fmt", () => {
  it("formats counts, ratios and shares", () => {
    expect(fmt.int(12345.6)).toBe("12,346");
    expect(fmt.ratio(3.14)).toBe("3.1×");
    expect(fmt.ratio(123.4)).toBe("123×");
    expect(fmt.pct(0.5)).toBe("50.0%");
  });
});

describe("writeResults", () => {
  it("keeps the sections this run did not run and replaces the ones it did", () => {
    const path = join(mkdtempSync(join(tmpdir(), "bench-")), "results.json");
    const machine = machineInfo();
    writeFileSync(path, JSON.stringify({ sections: { browser: { machine, quick: false, data: { a: 1 } }, engine: { machine, quick: true, data: 0 } } }));
    writeResults(path, machine, false, { engine: { b: 2 } });
    const written = JSON.parse(readFileSync(path, "utf8"));
    expect(written.sections.browser.data).toEqual({ a: 1 });
    expect(written.sections.engine).toEqual({ machine, quick: false, data: { b: 2 } });
  });
});
