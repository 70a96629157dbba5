/**
 * `npm run model:eval`: measures rules alone and rules with the learned layer, the way model.json combines them.
 * - Default: k-fold cross-validation grouped by source (no source is ever both trained on and tested), on the
 *   written sets and the real-post corpus: precision and recall on written posts, false flags per 1,000 real
 *   posts and among real posts that use the risky words, per sensitivity; then per-language, per-trick and
 *   per-category tables at balanced sensitivity.
 * - `--holdout`: the shipped model on the sealed split (fixtures/corpus/holdout), which no training or tuning
 *   reads. Its first run is the honest estimate, reported once in the README.
 * - `--review FILE`: writes the real posts the combination flags, for a person to check (outside the repo).
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { logit, probability } from "../rules/model/model.ts";
import { SensitivitySchema, type Sensitivity } from "../rules/scoring/sensitivity.ts";
import { holdoutPosts, realPosts, writtenPosts } from "./model/corpus.ts";
import { combinedFlag, crossValidate, measure, prepare, RULES_ONLY, type Combination, type Measure, type Scored } from "./model/pipeline.ts";
import { readModel } from "./model-file.ts";
import { summarise } from "./summary.ts";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { folds: { type: "string", default: "5" }, holdout: { type: "boolean", default: false }, review: { type: "string" }, help: { type: "boolean", short: "h" } },
});
const out = (s = "") => process.stdout.write(`${s}\n`);

if (values.help) {
  out(`usage: npm run model:eval -- [--folds N] [--holdout] [--review FILE]
  --folds N        cross-validation folds, grouped by source (default 5)
  --holdout        measure the shipped model on the sealed split instead
  --review FILE    write the real posts the combination flags to FILE, for a person to check`);
  process.exit(0);
}

const loaded = await readModel();
if (!loaded.model) {
  process.stderr.write(`model:eval: ${loaded.error}; train one with npm run model:train\n`);
  process.exit(1);
}
const { meta } = loaded.model;
const shipped = (s: Sensitivity): Combination => ({ flagAt: meta.flagAt[s], vetoBelow: meta.vetoBelow[s] });

const line = (name: string, m: Measure) =>
  `${name.padEnd(28)} precision ${m.precision.toFixed(3)}  recall ${m.recall.toFixed(3)}  ${m.real > 0 ? `false flags ${m.realPerThousand.toFixed(2)} per 1,000 real (${m.real})  topical ${(100 * m.topicalRate).toFixed(1)}% (${m.topical})` : ""}`;

function report(title: string, scored: readonly Scored[]): void {
  out(`\n## ${title}`);
  for (const s of SensitivitySchema.options) {
    out(`\n${s} (flag at ${meta.flagAt[s]}, veto below ${meta.vetoBelow[s]})`);
    for (const [name, subset] of [["all written + real", scored], ["not tuned on (examiners, real)", scored.filter((x) => !x.post.tunedOn)]] as const) {
      out(line(`rules only, ${name}`, measure(subset, (x) => combinedFlag(x, RULES_ONLY, s))));
      out(line(`rules + model, ${name}`, measure(subset, (x) => combinedFlag(x, shipped(s), s))));
    }
  }
  const written = scored.filter((x) => x.post.origin === "written");
  for (const [name, combination] of [["rules + model", shipped("balanced")], ["rules only", RULES_ONLY]] as const) {
    out(`\n### ${name}, balanced, per slice (written posts)\n`);
    out(
      summarise(
        written.map((x) => ({
          label: x.post.label,
          verdict: combinedFlag(x, combination, "balanced") ? "flag" : "ok",
          slices: { lang: x.post.lang, obfuscation: x.post.obfuscation, category: x.post.category, source: x.post.group },
        })),
      ),
    );
  }
}

if (values.holdout) {
  const model = loaded.model;
  report("sealed holdout, shipped model", prepare(holdoutPosts(), model.bits).map((p) => ({ ...p, p: probability(logit(model, p.features)) })));
} else {
  const folds = Number(values.folds);
  const scored = crossValidate(prepare([...writtenPosts(), ...realPosts()]), folds, undefined, (s) => process.stderr.write(`${s}\n`));
  report(`${folds}-fold cross-validation grouped by source`, scored);
  if (values.review) {
    const flagged = scored.filter((x) => x.post.origin === "real" && combinedFlag(x, shipped("balanced"), "balanced"));
    writeFileSync(values.review, flagged.map((x) => JSON.stringify({ id: x.post.id, p: Math.round(x.p * 1000) / 1000, rules: x.rulesScore, text: x.post.text })).join("\n") + "\n");
    process.stderr.write(`${flagged.length} flagged real posts -> ${values.review}\n`);
  }
}
