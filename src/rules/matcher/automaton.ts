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
}

export function buildAutomaton(patterns: readonly ParsedPattern[]): Automaton {
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
  return { trie, fail, firstKeyword, nextKeyword, outputFrom, openEndFrom };
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
