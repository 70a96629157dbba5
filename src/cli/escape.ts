/**
 * C0 and C1 controls, DEL, and the line/paragraph separators and bidirectional overrides that reorder what a
 * terminal shows.
 */
export function isControlUnit(unit: number): boolean {
  return unit < 0x20 || (unit >= 0x7f && unit <= 0x9f) || (unit >= 0x2028 && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069);
}

const NAMED: Record<number, string> = { 0x0a: "\\n", 0x0d: "\\r", 0x09: "\\t" };

/**
 * `text` with control characters written as escapes ("\n", "\u001b"), for messages that quote what a user's file
 * holds: a line of input must not move the cursor, recolour or clear the terminal, or fake further output lines.
 */
export function escapeControl(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (!isControlUnit(unit)) continue;
    out += `${text.slice(from, i)}${NAMED[unit] ?? `\\u${unit.toString(16).padStart(4, "0")}`}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
