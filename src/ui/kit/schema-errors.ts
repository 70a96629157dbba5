import type { z } from "zod";
import { formatPath } from "../../rules/schema/issues.ts";
import { formatNumber, lookupMessage, t, type MessageKey } from "./i18n.ts";

type Issue = z.core.$ZodIssue;

/**
 * A text field whose written form the schema checks with a pattern, by the field's name (the last name in its
 * path): the schema's own hint is English, so each gets its own sentence.
 */
const FORMAT_SENTENCE: Readonly<Record<string, MessageKey>> = {
  accounts: "schemaFormatAccount",
  communities: "schemaFormatCommunity",
  domains: "schemaFormatDomain",
  links: "schemaFormatLink",
  version: "schemaFormatVersion",
  id: "schemaFormatRuleId",
  all: "schemaFormatRuleId",
  unless: "schemaFormatRuleId",
  languages: "schemaFormatLanguage",
};

/** Checks our schemas add themselves carry a `why` (src/rules/schema/pattern.ts, pack.ts, settings/schema.ts). */
const CUSTOM_SENTENCE: Readonly<Record<string, MessageKey>> = {
  "pattern-only-star": "schemaPatternOnlyStar",
  "pattern-inner-star": "schemaPatternInnerStar",
  "pattern-unusable": "schemaPatternUnusable",
  "reserved-rule-id": "schemaReservedRuleId",
  "needs-patterns": "schemaNeedsPatterns",
  "duplicate-rule-id": "schemaDuplicateRuleId",
  "pack-too-big": "schemaPackTooBig",
};

const TYPE_SENTENCE: Readonly<Record<string, MessageKey>> = {
  string: "schemaExpectText",
  number: "schemaExpectNumber",
  int: "schemaExpectWholeNumber",
  boolean: "schemaExpectOnOff",
  array: "schemaExpectList",
  object: "schemaExpectGroup",
  record: "schemaExpectGroup",
};

/** A value as it is written in the file the person will correct ("low", 2, true). */
const shownValue = (value: unknown) => JSON.stringify(value) ?? String(value);

/** Choices as the UI language lists them: `"low", "balanced" or "high"` (`"low", "balanced" oder "high"`). */
const orList = (values: readonly unknown[]) => new Intl.ListFormat(t("uiLang"), { type: "disjunction" }).format(values.map(shownValue));

const lastName = (path: readonly PropertyKey[]) => [...path].reverse().find((key): key is string => typeof key === "string");

function sentence(issue: Issue, path: readonly PropertyKey[]): [MessageKey, string[]] | null {
  switch (issue.code) {
    case "invalid_type":
      // zod reports a missing field as one of the wrong type; its message is the only place that says so.
      if (/received undefined$/.test(issue.message)) return ["schemaMissing", []];
      return TYPE_SENTENCE[issue.expected] ? [TYPE_SENTENCE[issue.expected] as MessageKey, []] : null;
    case "invalid_value":
      return issue.values.length === 1 ? ["schemaMustBe", [shownValue(issue.values[0])]] : ["schemaChoose", [orList(issue.values)]];
    case "too_big": {
      const max = formatNumber(Number(issue.maximum));
      if (issue.origin === "string") return ["schemaTooLong", [max]];
      if (issue.origin === "array" || issue.origin === "set") return ["schemaListTooLong", [max]];
      return [issue.inclusive === false ? "schemaBelow" : "schemaAtMost", [max]];
    }
    case "too_small": {
      const min = formatNumber(Number(issue.minimum));
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? ["schemaEmpty", []] : ["schemaTooShort", [min]];
      if (issue.origin === "array" || issue.origin === "set") return ["schemaListTooShort", [min]];
      return [issue.inclusive === false ? "schemaAbove" : "schemaAtLeast", [min]];
    }
    case "invalid_format": {
      const field = lastName(path);
      return [(field === undefined ? undefined : FORMAT_SENTENCE[field]) ?? "schemaFormat", []];
    }
    case "unrecognized_keys":
      return ["schemaUnknownFields", [issue.keys.join(", ")]];
    case "custom": {
      const why = (issue.params as { why?: string; args?: string[] } | undefined) ?? {};
      const key = why.why ? CUSTOM_SENTENCE[why.why] : undefined;
      return key ? [key, (why.args ?? []).map((arg) => (/^\d+$/.test(arg) ? formatNumber(Number(arg)) : arg))] : null;
    }
    case "invalid_union": {
      // A value that is neither of its shapes (a rule id, or a list of them): the shape it tried to be speaks.
      const tried = issue.errors.find((branch) => branch.every((inner) => inner.code !== "invalid_type")) ?? [];
      return tried[0] ? sentence(tried[0], [...path, ...tried[0].path]) : ["schemaInvalid", []];
    }
    default:
      return ["schemaInvalid", []];
  }
}

/**
 * A schema problem as a sentence in the reader's language, naming what to write instead. `field` is where the
 * value sits when the issue's own path does not say (a list editor checks one entry alone). Where no catalogue
 * is loaded (tests, scripts), or for a check this table does not know, zod's own words stand.
 */
export function issueSentence(issue: Issue, field: readonly PropertyKey[] = []): string {
  const found = sentence(issue, [...field, ...issue.path]);
  return (found && lookupMessage(found[0], found[1])) ?? issue.message;
}

/** One line per problem, each naming the field that is wrong, as `rules:check` does, in the reader's language. */
export function issueLines(error: z.ZodError, field: readonly PropertyKey[] = []): string[] {
  return error.issues.map((issue) => {
    const path = [...field, ...issue.path];
    return path.length === 0 ? issueSentence(issue) : `${formatPath(path)}: ${issueSentence(issue, field)}`;
  });
}
