import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { LOCKABLE, PolicySchema } from "../../src/settings/policy.ts";
import { ROOT } from "./messages.ts";

/** The subset of JSON Schema Chrome accepts for storage.managed_schema. */
interface ChromeSchema {
  type: "object" | "array" | "string" | "integer" | "number" | "boolean";
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
  enum?: (string | number)[];
  minimum?: number;
  maximum?: number;
}
const KEYWORDS = new Set(["type", "title", "description", "properties", "additionalProperties", "items", "enum", "minimum", "maximum"]);

const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as { storage: { managed_schema: string } };
const schema = JSON.parse(readFileSync(join(ROOT, manifest.storage.managed_schema), "utf8")) as ChromeSchema;

/** Every difference between a zod schema and its JSON twin, each named by its path. */
function differences(zod: z.ZodType, json: ChromeSchema, path: string): string[] {
  const def = (zod as z.ZodType & { def: { type: string } }).def;
  const unexpected = Object.keys(json).filter((k) => !KEYWORDS.has(k));
  if (unexpected.length > 0) return [`${path}: keywords Chrome does not know: ${unexpected.join(", ")}`];
  const expectType = (type: ChromeSchema["type"]) => (json.type === type ? [] : [`${path}: type ${json.type}, expected ${type}`]);
  switch (def.type) {
    case "optional":
      return differences((zod as z.ZodOptional<z.ZodType>).unwrap(), json, path);
    case "union": {
      // Chrome allows one type per schema: the JSON twin must match one of the alternatives.
      const options = (zod as z.ZodUnion<z.ZodType[]>).options;
      return options.some((o) => differences(o, json, path).length === 0) ? [] : [`${path}: matches none of the union's alternatives`];
    }
    case "object": {
      const shape = (zod as z.ZodObject).shape as Record<string, z.ZodType>;
      const props = json.properties ?? {};
      return [
        ...expectType("object"),
        ...Object.keys(shape).filter((k) => !(k in props)).map((k) => `${path}.${k}: missing from managed-schema.json`),
        ...Object.keys(props).filter((k) => !(k in shape)).map((k) => `${path}.${k}: not in PolicySchema`),
        ...Object.entries(props).flatMap(([k, v]) => (shape[k] ? differences(shape[k], v, `${path}.${k}`) : [])),
      ];
    }
    case "record":
      return json.additionalProperties
        ? [...expectType("object"), ...differences((zod as z.ZodRecord).valueType as z.ZodType, json.additionalProperties, `${path}.*`)]
        : [`${path}: a map needs additionalProperties`];
    case "array":
      return json.items ? [...expectType("array"), ...differences((zod as z.ZodArray<z.ZodType>).element, json.items, `${path}[]`)] : [`${path}: an array needs items`];
    case "enum": {
      const options = (zod as z.ZodEnum).options as string[];
      return [...expectType("string"), ...(JSON.stringify(json.enum) === JSON.stringify(options) ? [] : [`${path}: enum ${JSON.stringify(json.enum)}, expected ${JSON.stringify(options)}`])];
    }
    case "literal": {
      const values = [...(zod as z.ZodLiteral).values];
      return [...expectType(typeof values[0] === "string" ? "string" : "number"), ...(JSON.stringify(json.enum) === JSON.stringify(values) ? [] : [`${path}: enum should be ${JSON.stringify(values)}`])];
    }
    case "number": {
      const n = zod as z.ZodNumber;
      return [
        ...expectType(n.isInt ? "integer" : "number"),
        ...(n.minValue !== null && n.minValue !== Number.MIN_SAFE_INTEGER && json.minimum !== n.minValue ? [`${path}: minimum ${json.minimum}, expected ${n.minValue}`] : []),
        ...(n.maxValue !== null && n.maxValue !== Number.MAX_SAFE_INTEGER && json.maximum !== n.maxValue ? [`${path}: maximum ${json.maximum}, expected ${n.maxValue}`] : []),
      ];
    }
    case "string":
      return expectType("string");
    case "boolean":
      return expectType("boolean");
    default:
      return [`${path}: no JSON twin for zod type ${def.type}`];
  }
}

describe("managed-schema.json", () => {
  it("is the JSON twin of PolicySchema: the same policies, types, enums and ranges", () => {
    expect(differences(PolicySchema, schema, "(policy)")).toEqual([]);
  });

  it("follows Chrome's rules: a top-level object without additionalProperties, one type per schema", () => {
    expect(schema.type).toBe("object");
    expect(schema.additionalProperties).toBeUndefined();
    const walk = (node: ChromeSchema, path: string): string[] => [
      ...(typeof node.type === "string" ? [] : [`${path}: needs exactly one type`]),
      ...Object.entries(node.properties ?? {}).flatMap(([k, v]) => walk(v, `${path}.${k}`)),
      ...(node.items ? walk(node.items, `${path}[]`) : []),
      ...(node.additionalProperties ? walk(node.additionalProperties, `${path}.*`) : []),
    ];
    expect(walk(schema, "(policy)")).toEqual([]);
  });

  it("lists every lockable setting for Locked, and \"all\"", () => {
    expect(schema.properties?.Locked?.items?.enum).toEqual([...LOCKABLE, "all"]);
  });

  it("fails when a policy is missing on either side", () => {
    const rest = Object.fromEntries(Object.entries(schema.properties ?? {}).filter(([k]) => k !== "DisablePause"));
    expect(differences(PolicySchema, { ...schema, properties: rest }, "(policy)")).toEqual(["(policy).DisablePause: missing from managed-schema.json"]);
    const extra = { ...schema, properties: { ...schema.properties, Typo: { type: "boolean" as const } } };
    expect(differences(PolicySchema, extra, "(policy)")).toEqual(["(policy).Typo: not in PolicySchema"]);
  });
});
