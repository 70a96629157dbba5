import type { ParsedPattern } from "./pattern.ts";
import { buildTrie, childOf, type Trie } from "./trie.ts";

/**
 * Aho–Corasick automaton over the squashed units of the patterns, every per-state field a typed array indexed
 * by state (0 is the root). Keywords are numbered like the input patterns; several may end at one state.
 */
export interface Automaton {
  readonly trie: Trie;
  /** Longest proper suffix of the state's string that is also a state. */
  readonly fail: Int32Array;
  /** First keyword ending exactly at the state, or -1; the rest follow through `nextKeyword`, in input order. */
  readonly firstKeyword: Int32Array;
  readonly nextKeyword: Int32Array;
  /**
   * The state itself or the nearest state down its failure chain where a keyword ends, or -1; continue from
   * the found state t with outputFrom[fail[t]]. Silent suffixes are never visited.
   */
  readonly outputFrom: Int32Array;
  /**
   * The same chain restricted to states where a keyword without an end boundary ends. Inside a word no other
   * keyword can match, so "aaaa…" against a, aa, aaa, … costs nothing until the word ends.
   */
  readonly openEndFrom: Int32Array;
  /** Column of each ASCII unit in `dense`, or -1 for a unit no pattern holds (the root absorbs it). */
  readonly asciiColumn: Int8Array;
  /** Columns per row of `dense`. */
  readonly width: number;
  /** How many states, the shallowest (lowest numbered) ones, have a row in `dense`. */
  readonly denseRows: number;
  /** The finished transition (edges and failure links resolved) of state s on column c at s * width + c. */
  readonly dense: Int32Array;
}

/**
 * Rows of the dense table at most: 4,096 states × 36 columns × 4 bytes is 576 KiB. A scan spends nearly all
 * its steps in shallow states (text rarely follows a term far), and breadth-first numbering puts those first,
 * so deeper states fall back to the trie and their failure links and a large pack stays small.
 */
const MAX_DENSE_ROWS = 4096;

/** `maxDenseRows` is for tests, which need the fallback below the table exercised with few patterns. */
export function buildAutomaton(patterns: readonly ParsedPattern[], maxDenseRows = MAX_DENSE_ROWS): Automaton {
  const trie = buildTrie(patterns.map((p) => p.units));
  const { parent, unitInto, endState, size } = trie;

  const firstKeyword = new Int32Array(size).fill(-1);
  const nextKeyword = new Int32Array(patterns.length);
  const hasOpenEnd = new Uint8Array(size);
  for (let k = patterns.length - 1; k >= 0; k--) {
    const state = endState[k] ?? 0;
    nextKeyword[k] = firstKeyword[state] ?? -1;
    firstKeyword[state] = k;
    if (!patterns[k]?.endBoundary) hasOpenEnd[state] = 1;
  }

  // Breadth-first numbering means a state's failure target (shallower) is always computed before it.
  const fail = new Int32Array(size);
  const outputFrom = new Int32Array(size).fill(-1);
  const openEndFrom = new Int32Array(size).fill(-1);
  for (let s = 1; s < size; s++) {
    const p = parent[s] ?? 0;
    const f = p === 0 ? 0 : follow(trie, fail, fail[p] ?? 0, unitInto[s] ?? 0);
    fail[s] = f;
    outputFrom[s] = (firstKeyword[s] ?? -1) !== -1 ? s : (outputFrom[f] ?? -1);
    openEndFrom[s] = hasOpenEnd[s] === 1 ? s : (openEndFrom[f] ?? -1);
  }
  return { trie, fail, firstKeyword, nextKeyword, outputFrom, openEndFrom, ...denseTable(trie, fail, maxDenseRows) };
}

/** The dense transitions on the ASCII units the patterns hold, for the first `maxRows` states. */
function denseTable(trie: Trie, fail: Int32Array, maxRows: number): Pick<Automaton, "asciiColumn" | "width" | "denseRows" | "dense"> {
  const asciiColumn = new Int8Array(128).fill(-1);
  let width = 0;
  for (let s = 1; s < trie.size; s++) {
    const unit = trie.unitInto[s] ?? 0;
    if (unit < 128 && asciiColumn[unit] === -1) asciiColumn[unit] = width++;
  }
  // The root always has its row: step() relies on it to end a failure walk.
  const denseRows = Math.min(trie.size, Math.max(1, maxRows));
  const dense = new Int32Array(denseRows * width);
  // Breadth-first numbering: a state's failure target is shallower, so its row is already complete. A row
  // starts as a copy of that one and then takes the state's own edges: no search per cell, which a new
  // profile's first compile would pay 150,000 times before the first verdict.
  for (let s = 0; s < denseRows; s++) {
    const row = s * width;
    if (s > 0) dense.copyWithin(row, (fail[s] ?? 0) * width, (fail[s] ?? 0) * width + width);
    const last = trie.childStart[s + 1] ?? 0;
    for (let child = trie.childStart[s] ?? 0; child < last; child++) {
      const column = asciiColumn[trie.unitInto[child] ?? 0] ?? -1;
      if (column !== -1) dense[row + column] = child;
    }
  }
  return { asciiColumn, width, denseRows, dense };
}

/** One automaton step for the scan: a table read for ASCII in shallow states, else `follow`. */
export function step(automaton: Automaton, state: number, unit: number): number {
  if (unit >= 128) return follow(automaton.trie, automaton.fail, state, unit);
  const column = automaton.asciiColumn[unit] ?? -1;
  if (column === -1) return 0;
  const { trie, fail, width, denseRows, dense } = automaton;
  for (;;) {
    if (state < denseRows) return dense[state * width + column] ?? 0;
    const next = childOf(trie, state, unit);
    if (next !== -1) return next;
    state = fail[state] ?? 0;
  }
}

/** One automaton step: the trie edge on `unit`, falling back along failure links; the root absorbs the rest. */
export function follow(trie: Trie, fail: Int32Array, state: number, unit: number): number {
  for (;;) {
    const next = childOf(trie, state, unit);
    if (next !== -1) return next;
    if (state === 0) return 0;
    state = fail[state] ?? 0;
  }
}
