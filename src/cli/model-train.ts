/**
 * `npm run model:train`: trains the learned layer on the written sets and the real-post corpus, chooses how it
 * combines with the rules on cross-validated predictions, and writes src/rules/model/{weights.bin,model.json}.
 * Deterministic: the same data gives the same bytes.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { digestOf, type ModelMeta } from "../rules/model/model.ts";
import { TRAIN_DEFAULTS } from "../rules/model/train.ts";
import type { Sensitivity } from "../rules/scoring/sensitivity.ts";
import { realPosts, writtenPosts } from "./model/corpus.ts";
import { wantsHelp } from "./help.ts";
import { categoryVotes, choose, crossValidate, fit, prepare } from "./model/pipeline.ts";
import { META_FILE, MODEL_DIR, WEIGHTS_FILE } from "./model-file.ts";

const FOLDS = 5;
const log = (s: string) => process.stderr.write(`${s}\n`);

if (wantsHelp(process.argv.slice(2))) {
  process.stdout.write(`usage: npm run model:train
  trains the learned check on the written sets and the real-post corpus (scripts/corpus/README.md) and writes
  src/rules/model/weights.bin and model.json; the same data gives the same bytes\n`);
  process.exit(0);
}

const written = writtenPosts();
const real = realPosts();
log(`${written.length} written posts (${written.filter((p) => p.label === "flag").length} bait), ${real.length} real posts (${real.filter((p) => p.topical).length} topical)`);
const prepared = prepare([...written, ...real]);
const scored = crossValidate(prepared, FOLDS, TRAIN_DEFAULTS, log);

const balanced = choose(scored, "balanced");
const chosen: Record<Sensitivity, ReturnType<typeof choose>> = {
  low: choose(scored, "low", { atLeast: balanced.combination }),
  balanced,
  high: choose(scored, "high", { atMost: balanced.combination }),
};
for (const [s, c] of Object.entries(chosen)) {
  const m = c.measure;
  log(`${s}: flag at ${c.combination.flagAt}, veto below ${c.combination.vetoBelow}: precision ${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)}, ${m.realPerThousand.toFixed(2)} per 1,000 real, ${(100 * m.topicalRate).toFixed(1)}% of topical${c.met ? "" : " (targets not met)"}`);
}

const final = fit(prepared, TRAIN_DEFAULTS);
const weights = new Uint8Array(final.bytes.buffer);
const pick = (f: "flagAt" | "vetoBelow"): ModelMeta["flagAt"] => ({ low: chosen.low.combination[f], balanced: chosen.balanced.combination[f], high: chosen.high.combination[f] });
const meta: ModelMeta = {
  format: 1,
  bits: TRAIN_DEFAULTS.bits,
  scale: final.scale,
  bias: final.bias,
  digest: digestOf(weights),
  flagAt: pick("flagAt"),
  vetoBelow: pick("vetoBelow"),
  categories: categoryVotes(prepared),
  trained: {
    options: TRAIN_DEFAULTS,
    written: { posts: written.length, bait: written.filter((p) => p.label === "flag").length },
    real: { posts: real.length, topical: real.filter((p) => p.topical).length, bait: real.filter((p) => p.label === "flag").length },
    crossValidation: Object.fromEntries(Object.entries(chosen).map(([s, c]) => [s, { ...c.measure, met: c.met }])),
  },
};
writeFileSync(join(MODEL_DIR, WEIGHTS_FILE), weights);
writeFileSync(join(MODEL_DIR, META_FILE), `${JSON.stringify(meta, null, 2)}\n`);
log(`wrote ${WEIGHTS_FILE} (${weights.length} bytes, sha256 ${meta.digest.slice(0, 12)}…) and ${META_FILE}`);
