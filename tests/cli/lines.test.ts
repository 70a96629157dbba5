import { describe, expect, it } from "vitest";
import { readLines, type Line } from "../../src/cli/lines.ts";

async function collect(chunks: (string | Uint8Array)[], maxBytes = 1_000): Promise<Line[]> {
  const out: Line[] = [];
  for await (const line of readLines((async function* () {
    yield* chunks;
  })(), maxBytes)) out.push(line);
  return out;
}

describe("readLines", () => {
  it("splits on newlines across chunk boundaries, drops the \\r of CRLF and keeps a last line without an end", async () => {
    expect(await collect(["{\"a\"", ":1}\r\n\n{\"b\":2", "}\n{\"c\":3}"])).toEqual([
      { number: 1, text: '{"a":1}' },
      { number: 2, text: "" },
      { number: 3, text: '{"b":2}' },
      { number: 4, text: '{"c":3}' },
    ]);
  });

  it("decodes a character split between chunks", async () => {
    const bytes = Buffer.from("é🔞\n", "utf8");
    expect(await collect([bytes.subarray(0, 1), bytes.subarray(1, 4), bytes.subarray(4)])).toEqual([{ number: 1, text: "é🔞" }]);
  });

  it("reports a line over the limit by number, however it is chunked, and reads the next lines as usual", async () => {
    const long = "x".repeat(25);
    expect(await collect(["ok\n", long.slice(0, 10), long.slice(10), "\nnext\n", long], 20)).toEqual([
      { number: 1, text: "ok" },
      { number: 2, tooLong: true },
      { number: 3, text: "next" },
      { number: 4, tooLong: true },
    ]);
    expect(await collect(["x".repeat(20)], 20)).toEqual([{ number: 1, text: "x".repeat(20) }]);
  });
});
