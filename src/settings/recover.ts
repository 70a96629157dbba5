import { z } from "zod";
import { formatPath } from "../rules/schema/issues.ts";
import { formatNumber, t } from "../ui/kit/i18n.ts";
import { issueSentence } from "../ui/kit/schema-errors.ts";

const DROP = Symbol("drop");
type Kept = unknown | typeof DROP;

export const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** The value as the user would recognise it, short enough for one line of a notice. */
export function shown(value: unknown): string {
  const text = (value === undefined ? "undefined" : JSON.stringify(value)) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** "custom.terms[3]: Too long … (was "…")": where, why, and what was there, so the user can write it again. */
function dropLine(path: readonly PropertyKey[], error: z.ZodError, value: unknown): string {
  const why = error.issues.map((issue) => [formatPath([...path, ...issue.path]), issueSentence(issue, path)] as const);
  const [first] = why;
  const where = first?.[0] ?? formatPath(path);
  return `${where}: ${why.map(([, message]) => message).join("; ")} ${t("settingsWas", [shown(value)])}`;
}

/** Parsing drops unknown fields without a word; they may be a newer version's settings, so each is named. */
function unknownFields(schema: z.ZodType, value: unknown, path: readonly PropertyKey[], dropped: string[]): void {
  const inner = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
  if (!(inner instanceof z.ZodObject) || !isPlainObject(value)) return;
  for (const [key, item] of Object.entries(value)) {
    const field = (inner.shape as Record<string, z.ZodType>)[key];
    if (field) unknownFields(field, item, [...path, key], dropped);
    else dropped.push(`${formatPath([...path, key])}: ${t("settingsUnknownSetting")} ${t("settingsWas", [shown(item)])}`);
  }
}

/**
 * Keeps as much of `value` as `schema` accepts, in its input form: a bad field falls back to its default, a bad
 * item of a list or map is left out alone, and a list over its size limit loses only its tail. Each part left out
 * adds one line to `dropped`. Returns DROP when nothing of the value can be kept.
 */
function salvage(schema: z.ZodType, value: unknown, path: readonly PropertyKey[], dropped: string[]): Kept {
  if (schema instanceof z.ZodDefault) {
    if (value === undefined) return undefined;
    const kept = salvage(schema.unwrap() as z.ZodType, value, path, dropped);
    return kept === DROP ? undefined : kept;
  }
  const whole = schema.safeParse(value);
  if (whole.success) return value;
  let partial: unknown = DROP;
  if (schema instanceof z.ZodObject && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const kept = salvage(field, value[key], [...path, key], dropped);
      if (kept !== DROP && kept !== undefined) out[key] = kept;
    }
    partial = out;
  } else if (schema instanceof z.ZodArray && Array.isArray(value)) {
    const element = schema.element as z.ZodType;
    partial = value.filter((item, i) => {
      const parsed = element.safeParse(item);
      if (!parsed.success) dropped.push(dropLine([...path, i], parsed.error, item));
      return parsed.success;
    });
  } else if (schema instanceof z.ZodRecord && isPlainObject(value)) {
    partial = Object.fromEntries(
      Object.entries(value).filter(([key, item]) => {
        const parsed = schema.safeParse({ [key]: item });
        // The issues' paths start at the key already.
        if (!parsed.success) dropped.push(dropLine(path, parsed.error, item));
        return parsed.success;
      }),
    );
  }
  if (partial !== DROP) {
    const again = schema.safeParse(partial);
    if (again.success) return partial;
    const max = again.error.issues.find((issue) => issue.code === "too_big" && issue.path.length === 0 && issue.origin === "array");
    if (Array.isArray(partial) && max?.code === "too_big") {
      const limit = Number(max.maximum);
      dropped.push(`${formatPath([...path, limit])}…: ${issueSentence(max, path)} ${t("settingsLeftOut", [formatNumber(partial.length - limit)])}`);
      return partial.slice(0, limit);
    }
  }
  dropped.push(dropLine(path, whole.error, value));
  return DROP;
}

/**
 * The parts of `raw` that `schema` (an object whose every field has a default) accepts, field by field and item
 * by item, and one line per part left out, unknown fields included.
 */
export function recoverObject<S extends z.ZodObject>(schema: S, raw: Record<string, unknown>): { value: z.output<S>; dropped: string[] } {
  const dropped: string[] = [];
  unknownFields(schema, raw, [], dropped);
  // Stored settings are almost always whole: one parse, as before recovery existed.
  const whole = schema.safeParse(raw);
  if (whole.success) return { value: whole.data, dropped };
  const kept = salvage(schema, raw, [], dropped);
  const parsed = schema.safeParse(kept === DROP ? {} : kept);
  // Every field has a default, so this only fails if the schema gains a check across fields; then keep nothing.
  return parsed.success ? { value: parsed.data, dropped } : { value: schema.parse({}), dropped: [...dropped, dropLine([], parsed.error, raw)] };
}
