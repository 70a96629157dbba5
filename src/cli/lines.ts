/**
 * Lines of a byte stream, each held only up to a limit: a line longer than `maxBytes` is reported by its number
 * and length and its bytes are dropped as they arrive, so one enormous line costs neither memory nor a huge
 * string. Lines end at "\n" (a "\r" before it is dropped too); the last line needs no end.
 */
export type Line = { number: number; text: string } | { number: number; tooLong: true };

const LF = 0x0a;
const CR = 0x0d;

export async function* readLines(input: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let number = 0;
  const finish = (): Line => {
    number++;
    if (size > maxBytes) return { number, tooLong: true };
    let bytes = Buffer.concat(parts, size);
    if (bytes.at(-1) === CR) bytes = bytes.subarray(0, -1);
    return { number, text: bytes.toString("utf8") };
  };
  const take = (piece: Uint8Array) => {
    size += piece.length;
    // Beyond the limit nothing more is kept: the line is only counted until its end.
    if (size <= maxBytes) parts.push(piece);
    else parts = [];
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    let from = 0;
    for (let end = bytes.indexOf(LF, from); end !== -1; end = bytes.indexOf(LF, from)) {
      take(bytes.subarray(from, end));
      yield finish();
      parts = [];
      size = 0;
      from = end + 1;
    }
    if (from < bytes.length) take(bytes.subarray(from));
  }
  if (size > 0 || parts.length > 0) yield finish();
}
