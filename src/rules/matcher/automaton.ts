import { EdgeTable } from "./edge-table.ts";

/**
 * Aho–Corasick automaton over UTF-16 code units, every per-state field in a typed array indexed by state
 * (state 0 is the root). Keywords are numbered by their position in the input; several may share a state.
 */
export interface Automaton {
  readonly edges: EdgeTable;
  /** Longest proper suffix of the state's string that is also a state. */
  readonly fail: Int32Array;
  /** Length of the state's string, so a match's start can be found from its end. */
  readonly depth: Int32Array;
  /** First keyword that ends exactly at the state, or -1; the rest follow through `nextKeyword`, in input order. */
  readonly firstKeyword: Int32Array;
  readonly nextKeyword: Int32Array;
  /** Nearest state along the failure chain that ends a keyword, or -1: reporting skips silent suffixes. */
  readonly outputLink: Int32Array;
  readonly maxDepth: number;
}

export function buildAutomaton(keywords: readonly string[]): Automaton {
  const maxStates = 1 + keywords.reduce((sum, k) => sum + k.length, 0);
  const edges = new EdgeTable(maxStates - 1);
  // Child lists exist only to walk the trie breadth-first while building; scanning uses the edge table.
  const firstChild = new Int32Array(maxStates).fill(-1);
  const nextSibling = new Int32Array(maxStates).fill(-1);
  const unitInto = new Uint16Array(maxStates);
  const depth = new Int32Array(maxStates);
  const endState = new Int32Array(keywords.length);
  let states = 1;

  keywords.forEach((keyword, k) => {
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const unit = keyword.charCodeAt(i);
      let next = edges.get(state, unit);
      if (next === -1) {
        next = states++;
        edges.add(state, unit, next);
        unitInto[next] = unit;
        depth[next] = i + 1;
        nextSibling[next] = firstChild[state] ?? -1;
        firstChild[state] = next;
      }
      state = next;
    }
    endState[k] = state;
  });

  const firstKeyword = new Int32Array(states).fill(-1);
  const nextKeyword = new Int32Array(keywords.length);
  for (let k = keywords.length - 1; k >= 0; k--) {
    const state = endState[k] ?? 0;
    nextKeyword[k] = firstKeyword[state] ?? -1;
    firstKeyword[state] = k;
  }

  const fail = new Int32Array(states);
  const outputLink = new Int32Array(states).fill(-1);
  const queue = new Int32Array(states);
  let head = 0;
  let tail = 0;
  for (let child = firstChild[0] ?? -1; child !== -1; child = nextSibling[child] ?? -1) queue[tail++] = child;
  while (head < tail) {
    const parent = queue[head++] ?? 0;
    for (let child = firstChild[parent] ?? -1; child !== -1; child = nextSibling[child] ?? -1) {
      const target = follow(edges, fail, fail[parent] ?? 0, unitInto[child] ?? 0);
      fail[child] = target;
      outputLink[child] = (firstKeyword[target] ?? -1) !== -1 ? target : (outputLink[target] ?? -1);
      queue[tail++] = child;
    }
  }

  return {
    edges,
    fail,
    depth: depth.slice(0, states),
    firstKeyword,
    nextKeyword,
    outputLink,
    maxDepth: keywords.reduce((max, k) => Math.max(max, k.length), 0),
  };
}

/** One automaton step: the goto edge on `unit`, falling back along failure links; the root absorbs the rest. */
export function follow(edges: EdgeTable, fail: Int32Array, state: number, unit: number): number {
  for (;;) {
    const next = edges.get(state, unit);
    if (next !== -1) return next;
    if (state === 0) return 0;
    state = fail[state] ?? 0;
  }
}
