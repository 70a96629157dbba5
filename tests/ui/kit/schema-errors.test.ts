import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { RulePackSchema } from "../../../src/rules/schema/pack.ts";
import { PatternSchema } from "../../../src/rules/schema/pattern.ts";
import { SettingsSchema } from "../../../src/settings/schema.ts";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { issueLines, issueSentence } from "../../../src/ui/kit/schema-errors.ts";
import { lookupFor } from "../messages.ts";

afterEach(() => setMessageLookup(null));

const linesFor = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error("expected a problem");
  return issueLines(parsed.error);
};
const sentenceFor = (schema: z.ZodType, value: unknown, field: string[] = []) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error("expected a problem");
  return issueSentence(parsed.error.issues[0] as z.core.$ZodIssue, field);
};

describe("schema problems in the reader's words", () => {
  it("names settings problems in sentences, with the values a file would hold, never the schema's notation", () => {
    setMessageLookup(lookupFor("en"));
    const lines = linesFor(SettingsSchema, { sensitivity: "max", frictionSeconds: 45, overlayStyle: 3, model: "yes", custom: { terms: ["*"] } });
    expect(lines).toEqual([
      'sensitivity: Choose one of these: "low", "balanced", or "high".',
      "model: This should be on or off (true or false).",
      "frictionSeconds: Use a number no larger than 30.",
      'overlayStyle: Choose one of these: "blur" or "label".',
      "custom.terms[0]: A word needs at least one letter besides *.",
    ]);
  });

  it("speaks German, with German numbers and German 'or'", () => {
    setMessageLookup(lookupFor("de"));
    expect(linesFor(SettingsSchema, { sensitivity: "max" })).toEqual(['sensitivity: Wähle eines davon: "low", "balanced" oder "high".']);
    expect(linesFor(SettingsSchema, { frictionSeconds: -1 })).toEqual(["frictionSeconds: Nimm eine Zahl ab 0."]);
    expect(linesFor(SettingsSchema, { frictionSeconds: 2.5 })).toEqual(["frictionSeconds: Schreib eine ganze Zahl ohne Nachkommastellen."]);
    expect(linesFor(SettingsSchema, { custom: { terms: Array.from({ length: 1001 }, (_, i) => `w${i}`) } })).toEqual(["custom.terms: Diese Liste darf höchstens 500 Einträge haben."]);
    expect(linesFor(z.array(z.string()).max(1200), Array.from({ length: 1201 }, () => "w"))).toEqual(["Diese Liste darf höchstens 1.200 Einträge haben."]);
  });

  it("gives each checked text field its own hint, by the list it belongs to", () => {
    setMessageLookup(lookupFor("es"));
    const accounts = SettingsSchema.shape.allow.unwrap().shape.accounts.unwrap().element;
    expect(sentenceFor(accounts, "two words", ["accounts"])).toBe("Usa solo letras, números, _ o -, como @jane_doe o u/jane_doe.");
    expect(linesFor(SettingsSchema, { allow: { domains: ["not a host"] } })).toEqual(["allow.domains[0]: Escribe un nombre de dominio, como example.org."]);
    expect(sentenceFor(PatternSchema, "le*ak")).toBe("* solo puede ir al principio o al final de una palabra.");
    expect(sentenceFor(PatternSchema, "--")).toBe("Esto no se puede encontrar como palabra en una publicación; escribe una palabra, como leak.");
  });

  it("explains a rule pack's problems where they are, and the checks the pack schema adds itself", () => {
    setMessageLookup(lookupFor("pt_BR"));
    const rule = { id: "a", description: "a rule", weight: 0.5, terms: ["x"] };
    const pack = { id: "p", name: "P", version: "1.0.0", languages: ["en"], description: "d", rules: [rule, { ...rule }, { ...rule, id: "model" }, { id: "c", kind: "combo", description: "combo", category: "request", weight: 0.5, all: ["a", "Bad Id"] }] };
    expect(linesFor(RulePackSchema, pack)).toEqual([
      "rules[2].id: “model” é reservado para a verificação aprendida; escolha outro id.",
      "rules[3].all[1]: Use letras minúsculas e números, com um só - ou . entre eles, como leak-word.",
      "rules[1].id: rules[0] já usa “a”; dê a cada regra o seu próprio id.",
    ]);
  });

  it("says what is missing, and names fields it does not know", () => {
    setMessageLookup(lookupFor("id"));
    expect(linesFor(RulePackSchema, { id: "p" })[0]).toBe("name: Bagian ini belum diisi.");
    expect(linesFor(z.strictObject({ a: z.number() }), { a: 1, colour: "red", size: 2 })).toEqual(["Isian yang tidak dikenal versi ini: colour, size."]);
  });

  it("keeps zod's own words where no catalogue is loaded (scripts, tests of the settings alone)", () => {
    expect(linesFor(SettingsSchema, { frictionSeconds: 45 })).toEqual(["frictionSeconds: Too big: expected number to be <=30"]);
  });
});
