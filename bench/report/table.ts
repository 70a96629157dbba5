/** A result table, rendered for the terminal and as Markdown for the README. */
export interface Table {
  title: string;
  head: string[];
  rows: string[][];
  notes?: string[];
}

const NUMERIC = /^[-+]?[\d.,]+\s*(×|%|µs|ms|MB|MB\/s)?$|^[✓✗]/;

export function renderText(table: Table): string {
  const widths = table.head.map((h, c) => Math.max([...h].length, ...table.rows.map((r) => [...(r[c] ?? "")].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => {
        const pad = " ".repeat((widths[c] ?? 0) - [...cell].length);
        return c > 0 && NUMERIC.test(cell) ? pad + cell : cell + pad;
      })
      .join("  ");
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [table.title, line(table.head), rule, ...table.rows.map(line), ...(table.notes ?? []).map((n) => `  ${n}`)].join("\n");
}

export function renderMarkdown(table: Table): string {
  const escape = (cell: string) => cell.replace(/\|/g, "\\|");
  const align = table.head.map((_, c) => (c > 0 && table.rows.every((r) => NUMERIC.test(r[c] ?? "")) ? "---:" : "---"));
  return [
    `**${table.title}**`,
    "",
    `| ${table.head.map(escape).join(" | ")} |`,
    `| ${align.join(" | ")} |`,
    ...table.rows.map((r) => `| ${r.map(escape).join(" | ")} |`),
    ...(table.notes?.length ? ["", ...table.notes] : []),
  ].join("\n");
}

export const fmt = {
  int: (n: number) => Math.round(n).toLocaleString("en-US"),
  fixed: (n: number, digits: number) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  ratio: (n: number) => `${n >= 10 ? Math.round(n).toLocaleString("en-US") : n.toFixed(1)}×`,
  pct: (n: number) => `${(n * 100).toFixed(1)}%`,
};
