/**
 * Builds the REAL-posts corpus (negatives for training, and the denominator
 * for "false flags per 1,000 real posts") from public research data sets.
 *
 *   npx tsx scripts/corpus/build-real.ts [--mirror /work/.mirror] [--out corpus-real]
 *                                        [--manifest scripts/corpus/real-sources.json]
 *                                        [--update-manifest]
 *
 * Every source in the manifest is read straight from a local snapshot of its
 * GitHub repository (a bare git directory at <mirror>/<owner>+<name>/repo, as
 * the search tool's `fetch github:owner/name` leaves it), at the exact commit
 * the manifest pins, with `git show <commit>:<path>`. Nothing is downloaded.
 *
 * The texts are never committed: the output (corpus-real/) is git-ignored.
 *
 * Output: <out>/real.jsonl, one object a line:
 *   {"id":"<source-id>:<row-number>","text":…,"lang":…,"source":…,"platform":"x"|"reddit","topical":bool}
 * and <out>/stats.json with the counts printed at the end.
 *
 * Cleaning: CR/LF normalised, HTML entities decoded (Reddit stores "&gt;" etc.), text trimmed;
 * "RT @user:" prefixes and masked handles/links ("@user", "[LINK]") are kept as the sets have
 * them. Dropped: texts under 3 characters and Reddit placeholders ("[deleted]", "[removed]"),
 * exact duplicates across all sources (first occurrence wins), porn-ad spam (see
 * ADULT_SPAM_TERMS), rows a source's filter rejects, and rows whose language cannot be settled
 * for sources that mix languages.
 *
 * Deterministic: sources are read in manifest order, rows in file order, the
 * first occurrence of a text wins the cross-source de-duplication, and no
 * randomness or clock is involved.
 *
 * Only Node built-ins are used.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// ---------------------------------------------------------------------------
// Risky words (data). A post is "topical" when it contains one of these,
// whatever its language (code-mixing is common, and English loan words such as
// "leak" or "viral video" turn up in every language of the corpus).
// Matching is on a lower-cased, NFKC-normalised copy of the text with the
// diacritics of Latin letters removed, and every entry must stand as a whole
// word or phrase (no letter, mark or digit right before or after it).
// Entries are written without diacritics for Latin scripts.
// ---------------------------------------------------------------------------
export const RISKY_TERMS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "leak", "leaks", "leaked", "leaking", "leaker", "leakers",
    "nude", "nudes", "naked",
    "exposed",
    "full video", "full vid", "private video", "private videos",
    "onlyfans", "only fans",
    "link in bio", "link in my bio",
    "sex tape", "sextape", "sex tapes",
  ],
  es: [
    "filtracion", "filtraciones", "filtrado", "filtrada", "filtrados", "filtradas",
    "filtro el video", "se filtro", "se filtraron",
    "desnudo", "desnuda", "desnudos", "desnudas",
    "video completo", "video privado", "videos privados", "video intimo",
    "link en la bio", "enlace en la bio",
    "expuesto", "expuesta", "expuestos", "expuestas",
  ],
  pt: [
    "vazou", "vazaram", "vazado", "vazada", "vazados", "vazadas", "vazamento", "vazamentos",
    "pelada", "pelado", "peladas", "pelados", "nua", "nuas",
    "video completo", "video intimo", "videos intimos",
    "link na bio",
    "exposto", "exposta", "expostos", "expostas",
  ],
  fr: [
    "fuite", "fuites", "fuite", "fuitee", "fuitees", "a fuite",
    "nue", "nues", "toute nue", "tout nu",
    "video complete", "video privee", "videos privees", "video intime",
    "lien en bio", "lien dans ma bio",
    "expose", "exposee", "exposes", "exposees",
  ],
  de: [
    "geleakt", "geleaked", "durchgesickert",
    "nackt", "nackte", "nackten", "nacktbilder", "nacktfotos", "nacktvideo",
    "ganzes video", "privates video", "privatvideo",
    "blossgestellt",
  ],
  id: [
    "bocor", "bocoran", "kebocoran", "dibocorkan", "membocorkan", "bocorin",
    "bugil", "telanjang",
    "video full", "link di bio", "video syur", "video panas",
  ],
  tl: [
    "hubad", "nakahubad", "kalat na", "nag leak", "nagleak", "na leak",
    "scandal video",
  ],
  hi: [
    // Devanagari
    "लीक", "नंगा", "नंगी", "नग्न", "वायरल वीडियो", "पूरा वीडियो", "अश्लील वीडियो", "एमएमएस",
    // Hinglish (Latin script)
    "nangi", "nanga", "viral video", "mms", "mms leak", "leak video",
  ],
};

// ---------------------------------------------------------------------------
// Adult-spam guard (data). A few tweet sets hold porn-ad spam ("… xxx milf … https://t.co/…"),
// which is bait of its own and must not be used as a negative. A short post (at most 300
// characters, spam ads are tweet-sized; long Reddit stories that link and talk about sex are not
// spam) is dropped when it carries a link and at least two different words of these lists, one
// of them a "hard" one.
// ---------------------------------------------------------------------------
export const ADULT_SPAM_TERMS: Readonly<{ hard: readonly string[]; soft: readonly string[] }> = {
  hard: ["porn", "porno", "xxx", "pussy", "milf", "fucks", "cock", "cum", "horny", "sexcam", "camgirl", "muschi", "fickt", "ficken", "titten", "buceta"],
  soft: ["fucking", "webcam", "nackt", "naked", "nude", "nudes", "sex", "teen", "teens", "lesbian", "lesbians", "pelada", "desnuda", "bugil", "onlyfans"],
};
const ADULT_HARD = new Set(ADULT_SPAM_TERMS.hard);
const ADULT_SOFT = new Set(ADULT_SPAM_TERMS.soft);
const LINK_RE = /https?:\/\/|\bt\.co\/|\bbit\.ly\/|\[link\]|@url\b/i;
export function isAdultSpam(text: string): boolean {
  if (text.length > 300 || !LINK_RE.test(text)) return false;
  const hard = new Set<string>();
  const soft = new Set<string>();
  for (const t of foldForMatch(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (ADULT_HARD.has(t)) hard.add(t);
    else if (ADULT_SOFT.has(t)) soft.add(t);
  }
  return hard.size >= 1 && hard.size + soft.size >= 2;
}

// ---------------------------------------------------------------------------
// Tiny stop-word language identifier, used only for sources whose rows mix
// languages (manifest option `langDetect`). Scores are the number of tokens of
// the text found in each candidate's list; the best candidate wins when it has
// at least `minHits` hits and beats the runner-up, otherwise the row is dropped.
// ---------------------------------------------------------------------------
const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ["the", "and", "is", "are", "was", "were", "of", "to", "in", "on", "for", "with", "this", "that", "it", "you", "i", "we", "they", "be", "have", "has", "not", "at", "from", "by", "our", "my", "your", "will", "just", "all", "so", "what", "who", "no", "please", "after", "people", "there", "their", "been", "via", "an", "a", "as", "do", "more", "about",
    "them", "than", "if", "or", "but", "can", "me", "he", "she", "his", "her", "him", "how", "why", "when", "would", "should", "could", "get", "got", "like", "one", "up", "out", "new", "now", "it's", "i'm", "don't", "can't", "these", "those", "into", "over", "only", "some", "any", "its", "here", "where", "which", "us", "did", "does", "had", "being", "very", "really", "still", "first", "today"],
  es: ["el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "por", "para", "con", "no", "es", "se", "su", "sus", "al", "lo", "como", "mas", "pero", "muy", "ya", "hay", "fue", "esta", "este", "todos", "todo", "nos", "sin", "sobre", "tras", "entre", "son", "le", "les", "mi", "yo", "hoy", "gracias", "porque"],
  pt: ["o", "os", "as", "de", "do", "da", "dos", "das", "que", "e", "em", "no", "na", "nos", "nas", "um", "uma", "por", "para", "com", "nao", "se", "ao", "mais", "mas", "muito", "ja", "foi", "esta", "isso", "pra", "todos", "tem", "sao", "eu", "voce", "ele", "ela", "meu", "minha", "pelo", "pela", "boate", "aos"],
  fr: ["le", "la", "les", "de", "des", "du", "et", "est", "en", "un", "une", "pour", "dans", "que", "qui", "pas", "sur", "au", "aux", "avec", "ce", "cette", "il", "elle", "nous", "vous", "je", "sont", "mais", "ou", "plus", "tout", "tous", "ont", "suis", "c'est"],
  de: ["der", "die", "das", "und", "ist", "nicht", "ich", "du", "wir", "sie", "ein", "eine", "zu", "den", "dem", "mit", "auf", "fur", "von", "im", "auch", "es", "sich", "des", "dass", "wie", "aber", "noch", "nur", "sind", "hat", "wird", "bei", "aus", "nach"],
  id: ["yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "tidak", "ada", "akan", "juga", "saya", "kita", "kami", "mereka", "sudah", "belum", "bisa", "karena", "pada", "dalam", "atau", "aja", "gak", "nggak", "banget", "kalau", "sama"],
  tl: ["ang", "ng", "mga", "sa", "na", "ay", "si", "ni", "ko", "mo", "ka", "ako", "ikaw", "siya", "kami", "tayo", "kayo", "sila", "hindi", "po", "lang", "naman", "pa", "pag", "kung", "wala", "yung", "yan", "ito", "iyan", "dito", "diyan", "nga", "ba", "kasi", "din", "rin", "talaga", "baha", "ulan", "sana", "nasa", "para", "kay", "natin", "namin", "nila", "niya"],
  it: ["il", "gli", "della", "delle", "degli", "che", "per", "con", "non", "sono", "una", "uno", "del", "nel", "nella", "alla", "anche", "piu", "questo", "questa", "tutti", "ancora", "dopo", "terremoto", "ci"],
};
// Roman-script Hindi/Urdu function words, for Hinglish detection.
const HINGLISH_MARKERS: readonly string[] = [
  "hai", "hain", "nahi", "nahin", "kya", "kyu", "kyun", "kyon", "bhai", "yaar", "yar", "mera", "meri", "mere", "tera", "teri", "tere",
  "aap", "apna", "apne", "hum", "tum", "kar", "karo", "karna", "karte", "kiya", "raha", "rahe", "rahi", "tha", "thi", "the", "ho", "hoga",
  "ke", "ki", "ka", "ko", "se", "mein", "par", "bhi", "aur", "toh", "to", "ye", "yeh", "woh", "wo", "kuch", "sab", "log", "abhi", "bahut",
  "me", "accha", "acha", "bas", "matlab", "sirf", "wala", "wali", "wale", "jab", "tab", "kaise", "kaun", "kab", "kahan", "hua", "hui", "gaya", "gayi",
];
// Tokens that are Hinglish markers but also common English words; they only count next to a non-ambiguous marker.
const HINGLISH_AMBIGUOUS = new Set(["to", "the", "me", "ho", "par", "hum", "log", "bas", "kar", "wo", "ka", "se", "ye", "tab", "sab", "jab"]);

// ---------------------------------------------------------------------------
// Manifest types
// ---------------------------------------------------------------------------
type Platform = "x" | "reddit";
type Lang = "en" | "es" | "pt" | "fr" | "de" | "id" | "tl" | "hi";
const LANGS: readonly Lang[] = ["en", "es", "pt", "fr", "de", "id", "tl", "hi"];

interface Filter {
  field: string | number;
  /** keep the row only when the field equals one of these */
  in?: string[];
  /** drop the row when the field equals one of these */
  notIn?: string[];
}

interface PathSpec {
  path: string;
  /** per-file override of the source's lang / langDetect / keepLangs / langTieBreak / langDefault */
  lang?: Lang;
  langDetect?: string[];
  keepLangs?: Lang[];
  langTieBreak?: "first";
  langDefault?: Lang;
}

/** every file under `dir` (recursively) whose name ends with `ext`, in byte order, minus `exclude` */
interface PathDir {
  dir: string;
  ext?: string;
  exclude?: string[];
}

interface Source {
  id: string;
  repo: string;
  commit: string;
  path: string | (string | PathSpec)[] | PathDir;
  licence: string;
  platform: Platform;
  lang: Lang | "multi";
  format: "csv" | "tsv" | "jsonl" | "json" | "txt";
  /** column/field holding the text; with a list, each non-empty field of a row is a post of its own (e.g. Reddit title and selftext) */
  textField?: string | number | (string | number)[];
  /** csv/tsv: field delimiter (default "," for csv, "\t" for tsv) */
  delimiter?: string;
  /** csv/tsv: first record is a header (default true) */
  header?: boolean;
  /** csv/tsv: "rfc4180" (default) or "none" (split on newlines and the delimiter, no quote handling) */
  quoting?: "rfc4180" | "none";
  /** for lang "multi": column holding an ISO code */
  langField?: string | number;
  /** for lang "multi": candidate languages for the stop-word identifier */
  langDetect?: string[];
  /** for lang "multi": rows detected as another language are dropped */
  keepLangs?: Lang[];
  /** for lang "multi": on a tie between candidates with hits, take the first candidate (default: drop the row) */
  langTieBreak?: "first";
  /** for lang "multi" with langDetect: language of rows where no candidate has at least langMinHits hits (default: drop the row) */
  langDefault?: Lang;
  /** for lang "multi" with langDetect: hits the best candidate needs (default 1) */
  langMinHits?: number;
  /** keep only the posts that contain a risky word (for sources mined for "topical" posts) */
  onlyTopical?: boolean;
  /** for lang "multi": "hinglish" = hi when Roman Hindi/Devanagari, en when English, else dropped */
  langRule?: "hinglish";
  /** txt: "lines" (one post a line, default) or "reddit-md-bytes" (see parseRedditMdBytes) */
  txtMode?: "lines" | "reddit-md-bytes";
  /** txt: number of leading lines to skip */
  skipLines?: number;
  /** json: dot path to the array (default: the document itself) */
  root?: string;
  filter?: Filter[];
  counts?: { posts: number; topical: number };
  note?: string;
}

interface Manifest {
  description?: string;
  sources: Source[];
}

interface OutRow {
  id: string;
  text: string;
  lang: Lang;
  source: string;
  platform: Platform;
  topical: boolean;
}

// ---------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------
function parseArgs(argv: string[]): { mirror: string; out: string; manifest: string; updateManifest: boolean } {
  const here = dirname(fileURLToPath(import.meta.url));
  const opts = {
    mirror: "/work/.mirror",
    out: "corpus-real",
    manifest: join(here, "real-sources.json"),
    updateManifest: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--mirror") opts.mirror = next();
    else if (a === "--out") opts.out = next();
    else if (a === "--manifest") opts.manifest = next();
    else if (a === "--update-manifest") opts.updateManifest = true;
    else if (a === "--help" || a === "-h") {
      console.log("usage: tsx scripts/corpus/build-real.ts [--mirror DIR] [--out DIR] [--manifest FILE] [--update-manifest]");
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

// ---------------------------------------------------------------------------
// git access
// ---------------------------------------------------------------------------
class MissingSnapshotError extends Error {}

function gitDirFor(mirror: string, repo: string): string {
  const name = repo.replace("/", "+");
  const candidates = [join(mirror, name, "repo"), join(mirror, name)];
  for (const c of candidates) {
    if (existsSync(join(c, "HEAD")) && existsSync(join(c, "objects"))) return c;
  }
  throw new MissingSnapshotError(`snapshot of ${repo} not found under ${mirror}: fetch github:${repo} first`);
}

function gitShow(gitDir: string, repo: string, commit: string, path: string): Buffer {
  try {
    execFileSync("git", ["--git-dir", gitDir, "cat-file", "-e", `${commit}^{commit}`], { stdio: "ignore" });
  } catch {
    throw new MissingSnapshotError(
      `commit ${commit} of ${repo} is not in the local snapshot (${gitDir}): fetch github:${repo} first`,
    );
  }
  try {
    return execFileSync("git", ["--git-dir", gitDir, "show", `${commit}:${path}`], {
      maxBuffer: 1 << 30,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (e) {
    const msg = e instanceof Error && "stderr" in e ? String((e as { stderr: unknown }).stderr).trim() : String(e);
    throw new MissingSnapshotError(
      `cannot read ${repo}@${commit.slice(0, 12)}:${path} (${msg}); the snapshot may lack this file: fetch github:${repo} first`,
    );
  }
}

function decodeUtf8(buf: Buffer): string {
  let s = new TextDecoder("utf-8", { fatal: false }).decode(buf);
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  return s;
}

// ---------------------------------------------------------------------------
// Parsers
// ---------------------------------------------------------------------------
/** RFC 4180 parser: quoted fields may hold the delimiter, CR/LF and doubled quotes. Accepts LF or CRLF records. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let fieldStarted = false; // the current field had any character (so a trailing empty field is kept)
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
      continue;
    }
    if (c === '"' && field === "") {
      inQuotes = true;
      fieldStarted = true;
    } else if (c === delimiter) {
      row.push(field);
      field = "";
      fieldStarted = true;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      fieldStarted = false;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (fieldStarted || field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  // drop blank lines (a single empty field)
  return rows.filter((r) => !(r.length === 1 && r[0] === ""));
}

function parseUnquoted(text: string, delimiter: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.length > 0)
    .map((l) => l.split(delimiter));
}

function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const k of path.split(".")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

/** Decodes a Python bytes literal body (the part between the quotes of b'…' / b"…") as UTF-8. */
function decodePyBytes(body: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (c !== "\\") {
      const code = c.charCodeAt(0);
      if (code < 0x80) bytes.push(code);
      else for (const b of Buffer.from(c, "utf8")) bytes.push(b);
      continue;
    }
    const e = body[++i];
    switch (e) {
      case "n": bytes.push(10); break;
      case "r": bytes.push(13); break;
      case "t": bytes.push(9); break;
      case "\\": bytes.push(92); break;
      case "'": bytes.push(39); break;
      case '"': bytes.push(34); break;
      case "x": bytes.push(parseInt(body.slice(i + 1, i + 3), 16)); i += 2; break;
      default: bytes.push(92); if (e !== undefined) bytes.push(e.charCodeAt(0));
    }
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Uint8Array.from(bytes));
}

/**
 * Files of ishandandekar/Reddit-Post-Comment-Dataset: "# r/sub", "## <title>",
 * "#### b'<post body>'" and "###### b'<comment>'" lines, bodies as Python bytes literals.
 * Titles, bodies and comments each become one post.
 */
function parseRedditMdBytes(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^(#{2,6}) (.*)$/.exec(line);
    if (!m) continue;
    const level = (m[1] ?? "").length;
    const rest = m[2] ?? "";
    if (level === 2) out.push(rest);
    else {
      const b = /^b(['"])(.*)\1\s*$/.exec(rest);
      out.push(b ? decodePyBytes(b[2] ?? "") : rest);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, g: string) => {
    if (g[0] === "#") {
      const cp = g[1] === "x" || g[1] === "X" ? parseInt(g.slice(2), 16) : parseInt(g.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[g.toLowerCase()] ?? m;
  });
}

function cleanText(raw: string): string {
  return decodeEntities(raw.replace(/\r\n?/g, "\n")).trim();
}

const PLACEHOLDERS = new Set(["[deleted]", "[removed]", "nan", "null", "none", "#name?"]);

/** lower-case, NFKC, Latin diacritics removed (Devanagari marks kept) */
export function foldForMatch(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/([a-z])[\u0300-\u036f]+/g, "$1")
    .normalize("NFC")
    .replace(/ß/g, "ss")
    .replace(/[’'`]/g, "'")
    .replace(/[-_]+/g, " ");
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function buildRiskyRe(): RegExp {
  const all = new Set<string>();
  for (const list of Object.values(RISKY_TERMS)) for (const t of list) all.add(foldForMatch(t));
  const alts = [...all].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((t) => escapeRe(t).replace(/ /g, "\\s+"));
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "u");
}
const RISKY_RE = buildRiskyRe();
export function isTopical(text: string): boolean {
  return RISKY_RE.test(foldForMatch(text));
}

function tokens(text: string): string[] {
  return foldForMatch(text)
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/[@#]\S+/g, " ")
    .match(/[\p{L}\p{M}']+/gu) ?? [];
}

const STOP_SETS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(STOPWORDS).map(([k, v]) => [k, new Set(v)]),
);
const HINGLISH_SET = new Set(HINGLISH_MARKERS);

function detectLang(
  text: string,
  candidates: readonly string[],
  tieBreakFirst = false,
  fallback: string | null = null,
  minHits = 1,
): string | null {
  const toks = tokens(text);
  const scores = candidates.map((c) => {
    const set = STOP_SETS[c];
    if (!set) throw new Error(`no stop-word list for ${c}`);
    let n = 0;
    for (const t of toks) if (set.has(t)) n++;
    return { c, n };
  });
  scores.sort((a, b) => b.n - a.n); // stable: equal scores keep the candidates' order
  const [best, second] = scores;
  if (!best || best.n < minHits) return fallback ?? (candidates.length === 1 ? (candidates[0] ?? null) : null);
  if (second && second.n === best.n && !tieBreakFirst) return null;
  return best.c;
}

/**
 * Hinglish (Roman-script Hindi) vs English. Devanagari → hi. Otherwise Hindi function words are
 * counted (words that are also English count half) against English stop words (minus those
 * ambiguous ones): hi when there is at least one unambiguous Hindi word and the Hindi score is
 * at least 2 and at least half the English score; else en when there is an English stop word.
 */
function hinglishRule(text: string): Lang | null {
  if (/[\u0900-\u097f]/.test(text)) return "hi";
  const toks = tokens(text);
  const en = STOP_SETS.en ?? new Set<string>();
  let strong = 0;
  let weak = 0;
  let english = 0;
  for (const t of toks) {
    if (HINGLISH_SET.has(t)) {
      if (HINGLISH_AMBIGUOUS.has(t)) weak++;
      else strong++;
    }
    if (en.has(t) && !HINGLISH_AMBIGUOUS.has(t)) english++;
  }
  const hindi = strong + weak / 2;
  if (strong >= 1 && hindi >= 2 && hindi >= english / 2) return "hi";
  return english >= 1 ? "en" : null;
}

// ---------------------------------------------------------------------------
// Reading one source
// ---------------------------------------------------------------------------
interface RawRecord {
  text: string;
  row: number;
  fields?: (k: string | number) => string | undefined;
  spec: PathSpec;
}

function listDir(gitDir: string, src: Source, pd: PathDir): string[] {
  const dir = pd.dir.replace(/\/?$/, "/");
  const out = execFileSync("git", ["--git-dir", gitDir, "ls-tree", "-r", "--name-only", "-z", src.commit, "--", dir], {
    maxBuffer: 1 << 28,
  }).toString("utf8");
  const exclude = new Set(pd.exclude ?? []);
  const files = out
    .split("\0")
    .filter((f) => f && f.endsWith(pd.ext ?? "") && !exclude.has(f))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const e of exclude) if (!out.split("\0").includes(e)) throw new Error(`${src.id}: excluded path ${e} is not in ${dir}`);
  return files;
}

function* readSource(src: Source, gitDir: string): Generator<RawRecord> {
  const raw = src.path;
  const list: (string | PathSpec)[] =
    typeof raw === "string" ? [raw] : Array.isArray(raw) ? raw : listDir(gitDir, src, raw);
  const specs: PathSpec[] = list.map((p) => (typeof p === "string" ? { path: p } : p));
  let row = 0;
  for (const spec of specs) {
    const text = decodeUtf8(gitShow(gitDir, src.repo, src.commit, spec.path));
    if (src.format === "csv" || src.format === "tsv") {
      const delim = src.delimiter ?? (src.format === "tsv" ? "\t" : ",");
      const rows = (src.quoting ?? "rfc4180") === "none" ? parseUnquoted(text, delim) : parseDelimited(text, delim);
      const hasHeader = src.header ?? true;
      const header = hasHeader ? (rows[0] ?? []).map((h) => h.trim()) : [];
      const col = (k: string | number): number => {
        if (typeof k === "number") return k;
        const i = header.indexOf(k);
        if (i < 0) throw new Error(`${src.id}: column "${k}" not in ${spec.path} (header: ${header.join(", ")})`);
        return i;
      };
      if (src.textField === undefined) throw new Error(`${src.id}: textField is required`);
      const textCols = (Array.isArray(src.textField) ? src.textField : [src.textField]).map(col);
      for (const r of rows.slice(hasHeader ? 1 : 0)) {
        for (const textCol of textCols) {
          row++;
          yield { text: r[textCol] ?? "", row, fields: (k) => r[col(k)], spec };
        }
      }
    } else if (src.format === "jsonl") {
      for (const line of text.split(/\r?\n/)) {
        if (!line.trim()) continue;
        const obj = JSON.parse(line) as unknown;
        for (const f of textFields(src)) {
          row++;
          yield { text: String(getPath(obj, f) ?? ""), row, fields: (k) => str(getPath(obj, String(k))), spec };
        }
      }
    } else if (src.format === "json") {
      const doc = JSON.parse(text) as unknown;
      const arr = src.root ? getPath(doc, src.root) : doc;
      if (!Array.isArray(arr)) throw new Error(`${src.id}: ${spec.path} is not a JSON array (root ${src.root ?? "(document)"})`);
      for (const obj of arr) {
        for (const f of textFields(src)) {
          row++;
          yield { text: String(getPath(obj, f) ?? ""), row, fields: (k) => str(getPath(obj, String(k))), spec };
        }
      }
    } else if (src.format === "txt") {
      const posts =
        src.txtMode === "reddit-md-bytes"
          ? parseRedditMdBytes(text)
          : text.split(/\r?\n/).slice(src.skipLines ?? 0);
      for (const p of posts) {
        row++;
        yield { text: p, row, spec };
      }
    } else {
      throw new Error(`${src.id}: unknown format ${String(src.format)}`);
    }
  }
}

function textFields(src: Source): string[] {
  if (src.textField === undefined) throw new Error(`${src.id}: textField is required`);
  return (Array.isArray(src.textField) ? src.textField : [src.textField]).map(String);
}

function str(v: unknown): string | undefined {
  return v === undefined || v === null ? undefined : String(v);
}

function keep(rec: RawRecord, filters: Filter[] | undefined): boolean {
  if (!filters) return true;
  for (const f of filters) {
    const v = (rec.fields?.(f.field) ?? "").trim();
    if (f.in && !f.in.includes(v)) return false;
    if (f.notIn && f.notIn.includes(v)) return false;
  }
  return true;
}

function langOf(src: Source, rec: RawRecord): Lang | null {
  const fixed = rec.spec.lang ?? (src.lang !== "multi" ? src.lang : undefined);
  if (fixed) return fixed;
  let l: string | null | undefined;
  if (src.langRule === "hinglish") l = hinglishRule(rec.text);
  else if (src.langField !== undefined) l = rec.fields?.(src.langField)?.trim().toLowerCase();
  else {
    const cands = rec.spec.langDetect ?? src.langDetect;
    if (!cands) throw new Error(`${src.id}: lang "multi" needs langField, langDetect or langRule`);
    l = detectLang(
      rec.text,
      cands,
      (rec.spec.langTieBreak ?? src.langTieBreak) === "first",
      rec.spec.langDefault ?? src.langDefault ?? null,
      src.langMinHits ?? 1,
    );
  }
  if (!l || !(LANGS as readonly string[]).includes(l)) return null;
  const keepLangs = rec.spec.keepLangs ?? src.keepLangs;
  return keepLangs && !keepLangs.includes(l as Lang) ? null : (l as Lang);
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------
function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const manifestPath = resolve(opts.manifest);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
  const ids = new Set<string>();
  for (const s of manifest.sources) {
    if (ids.has(s.id)) throw new Error(`duplicate source id ${s.id}`);
    ids.add(s.id);
    if (!/^[0-9a-f]{40}$/.test(s.commit)) throw new Error(`${s.id}: commit must be 40 hex digits`);
    if (s.platform !== "x" && s.platform !== "reddit") throw new Error(`${s.id}: platform must be x or reddit`);
  }

  // Fail early, with one message listing every missing snapshot.
  const missing: string[] = [];
  const gitDirs = new Map<string, string>();
  for (const s of manifest.sources) {
    try {
      gitDirs.set(s.id, gitDirFor(opts.mirror, s.repo));
    } catch (e) {
      if (e instanceof MissingSnapshotError) missing.push(e.message);
      else throw e;
    }
  }
  if (missing.length) {
    console.error([...new Set(missing)].join("\n"));
    process.exit(1);
  }

  const seen = new Set<string>();
  const out: string[] = [];
  type Tally = { posts: number; topical: number };
  const perSource: Record<
    string,
    Tally & { read: number; short: number; dup: number; noLang: number; filtered: number; spam: number }
  > = {};
  const perLang: Record<string, Tally> = {};
  const perPlatform: Record<string, Tally> = {};
  const total: Tally = { posts: 0, topical: 0 };
  const bump = (t: Tally, topical: boolean): void => {
    t.posts++;
    if (topical) t.topical++;
  };

  for (const src of manifest.sources) {
    const gitDir = gitDirs.get(src.id);
    if (gitDir === undefined) throw new Error(`${src.id}: no snapshot`);
    const st = (perSource[src.id] = { posts: 0, topical: 0, read: 0, short: 0, dup: 0, noLang: 0, filtered: 0, spam: 0 });
    try {
      for (const rec of readSource(src, gitDir)) {
        st.read++;
        if (!keep(rec, src.filter)) {
          st.filtered++;
          continue;
        }
        const text = cleanText(rec.text);
        if (text.length < 3 || PLACEHOLDERS.has(text.toLowerCase())) {
          st.short++;
          continue;
        }
        if (seen.has(text)) {
          st.dup++;
          continue;
        }
        if (isAdultSpam(text)) {
          st.spam++;
          continue;
        }
        const topical = isTopical(text);
        if (src.onlyTopical && !topical) {
          st.filtered++;
          continue;
        }
        const lang = langOf(src, { ...rec, text });
        if (!lang) {
          st.noLang++;
          continue;
        }
        seen.add(text);
        const row: OutRow = { id: `${src.id}:${rec.row}`, text, lang, source: src.id, platform: src.platform, topical };
        out.push(JSON.stringify(row));
        bump(st, topical);
        bump((perLang[lang] ??= { posts: 0, topical: 0 }), topical);
        bump((perPlatform[src.platform] ??= { posts: 0, topical: 0 }), topical);
        bump(total, topical);
      }
    } catch (e) {
      if (e instanceof MissingSnapshotError) {
        console.error(e.message);
        process.exit(1);
      }
      throw e;
    }
  }

  const outDir = resolve(opts.out);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "real.jsonl"), out.length ? out.join("\n") + "\n" : "");
  const stats = { total, perLang, perPlatform, perSource };
  writeFileSync(join(outDir, "stats.json"), JSON.stringify(stats, null, 2) + "\n");

  if (opts.updateManifest) {
    for (const s of manifest.sources) {
      const t = perSource[s.id];
      if (t) s.counts = { posts: t.posts, topical: t.topical };
    }
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + "\n");
  }

  // Report
  const pad = (s: string | number, n: number): string => String(s).padStart(n);
  console.log(`per source:${" ".repeat(14)}${["read", "kept", "topical", "dups", "short", "spam", "nolang", "filtered"].map((h) => h.padStart(9)).join("")}`);
  for (const s of manifest.sources) {
    const t = perSource[s.id];
    if (!t) continue;
    console.log(
      `  ${s.id.padEnd(22)}${[t.read, t.posts, t.topical, t.dup, t.short, t.spam, t.noLang, t.filtered].map((v) => pad(v, 9)).join("")}`,
    );
  }
  console.log(`per language:${" ".repeat(12)}${pad("posts", 9)}${pad("topical", 9)}`);
  for (const l of LANGS) {
    const t = perLang[l] ?? { posts: 0, topical: 0 };
    console.log(`  ${l.padEnd(22)}${pad(t.posts, 9)}${pad(t.topical, 9)}`);
  }
  console.log(`per platform:${" ".repeat(12)}${pad("posts", 9)}${pad("topical", 9)}`);
  for (const p of ["x", "reddit"]) {
    const t = perPlatform[p] ?? { posts: 0, topical: 0 };
    console.log(`  ${p.padEnd(22)}${pad(t.posts, 9)}${pad(t.topical, 9)}`);
  }
  console.log(`total:${" ".repeat(18)}${pad(total.posts, 9)}${pad(total.topical, 9)}`);
  console.log(`wrote ${join(opts.out, "real.jsonl")} and ${join(opts.out, "stats.json")}`);
}

// Run only when executed as a script (the parsers above can be imported by tests).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
