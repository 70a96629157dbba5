/** Precision, recall and per-slice tables for `scan --summary`, computed from labelled posts. */
import { escapeControl } from "./escape.ts";

export interface Outcome {
  label: "flag" | "ok";
  verdict: "flag" | "ok";
  slices: Record<string, string | undefined>;
}

interface Counts {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const empty = (): Counts => ({ n: 0, tp: 0, fp: 0, fn: 0, tn: 0 });

function add(c: Counts, o: Outcome): void {
  c.n++;
  const flagged = o.verdict === "flag";
  if (o.label === "flag") {
    if (flagged) c.tp++;
    else c.fn++;
  } else if (flagged) c.fp++;
  else c.tn++;
}

const ratio = (a: number, b: number): string => (b === 0 ? "  -  " : (a / b).toFixed(3));

export function metrics(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function table(title: string, rows: Map<string, Counts>): string[] {
  const lines = [`${title.padEnd(18)}    n   TP   FP   FN   TN  precision  recall  accuracy`];
  for (const [key, c] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      `${escapeControl(key).padEnd(18)} ${String(c.n).padStart(4)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)} ${String(c.tn).padStart(4)}  ${ratio(c.tp, c.tp + c.fp).padStart(9)}  ${ratio(c.tp, c.tp + c.fn).padStart(6)}  ${ratio(c.tp + c.tn, c.n).padStart(8)}`,
    );
  }
  return lines;
}

export function summarise(outcomes: readonly Outcome[]): string {
  const total = empty();
  const slices = new Map<string, Map<string, Counts>>();
  for (const o of outcomes) {
    add(total, o);
    for (const [name, value] of Object.entries(o.slices)) {
      if (value === undefined) continue;
      const rows = slices.get(name) ?? new Map<string, Counts>();
      const c = rows.get(value) ?? empty();
      add(c, o);
      rows.set(value, c);
      slices.set(name, rows);
    }
  }
  const { precision, recall, f1 } = metrics(total);
  const lines = [
    `posts ${total.n}  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (TP ${total.tp}, FP ${total.fp}, FN ${total.fn}, TN ${total.tn})`,
  ];
  const benign = outcomes.filter((o) => o.slices.category?.startsWith("benign-"));
  if (benign.length > 0) {
    const fp = benign.filter((o) => o.verdict === "flag").length;
    lines.push(`false positives among benign-* posts: ${fp}/${benign.length} (${((100 * fp) / benign.length).toFixed(1)}%)`);
  }
  for (const [name, rows] of slices) lines.push("", ...table(name, rows));
  return `${lines.join("\n")}\n`;
}
