/**
 * Aho-Corasick automaton over ASCII-case-folded UTF-16 code units, compiled to a dense DFA so the scan loop
 * does one table load per character whatever the number of keywords. Characters that occur in no keyword
 * share one class, which keeps the table small (states × distinct keyword characters).
 *
 * Contract (the prefilter's): it never misses an occurrence of a keyword. It may report hits that a
 * detector later rejects; it never decides that something is a secret.
 */
export class AhoCorasick {
  /** Code unit (< 128, case-folded) → character class; 0 is "in no keyword". */
  readonly #classOf = new Uint8Array(128);
  /** Non-ASCII code units that occur in keywords, mapped to their class. */
  readonly #wideClassOf = new Map<number, number>();
  readonly #classCount: number;
  /** Dense transitions: state * classCount + class → next state. */
  readonly #delta: Int32Array;
  /** Per state: index into #outputs of its output list, or -1 for none. */
  readonly #outputStart: Int32Array;
  /** Keyword ids reported by each state with output (its own and its suffixes'). */
  readonly #outputs: number[][];
  readonly #lengths: readonly number[];

  constructor(keywords: readonly string[]) {
    const folded = keywords.map((keyword) => foldCase(keyword));
    this.#lengths = folded.map((keyword) => keyword.length);
    let classCount = 1;
    for (const keyword of folded) {
      for (let i = 0; i < keyword.length; i++) {
        const code = keyword.charCodeAt(i);
        if (code < 128) {
          if (this.#classOf[code] === 0) this.#classOf[code] = classCount++;
        } else if (!this.#wideClassOf.has(code)) {
          this.#wideClassOf.set(code, classCount++);
        }
      }
    }
    // Upper-case ASCII letters scan as their lower-case class.
    for (let code = 65; code <= 90; code++) this.#classOf[code] = this.#classOf[code + 32] as number;
    if (classCount > 255) throw new RangeError('too many distinct keyword characters for the prefilter');
    this.#classCount = classCount;

    // Trie over classes.
    const goto: number[][] = [new Array<number>(classCount).fill(-1)];
    const own: number[][] = [[]];
    folded.forEach((keyword, id) => {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const cls = this.#classFor(keyword.charCodeAt(i));
        let next = goto[state]![cls]!;
        if (next === -1) {
          next = goto.length;
          goto.push(new Array<number>(classCount).fill(-1));
          own.push([]);
          goto[state]![cls] = next;
        }
        state = next;
      }
      own[state]!.push(id);
    });

    // Breadth-first failure links, folded into a dense DFA.
    const stateCount = goto.length;
    const delta = new Int32Array(stateCount * classCount);
    const fail = new Int32Array(stateCount);
    const outputs: number[][] = own.map((ids) => [...ids]);
    const queue: number[] = [];
    for (let cls = 0; cls < classCount; cls++) {
      const next = goto[0]![cls]!;
      if (next === -1) {
        delta[cls] = 0;
      } else {
        delta[cls] = next;
        fail[next] = 0;
        queue.push(next);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      outputs[state]!.push(...outputs[fail[state]!]!);
      for (let cls = 0; cls < classCount; cls++) {
        const next = goto[state]![cls]!;
        if (next === -1) {
          delta[state * classCount + cls] = delta[fail[state]! * classCount + cls]!;
        } else {
          delta[state * classCount + cls] = next;
          fail[next] = delta[fail[state]! * classCount + cls]!;
          queue.push(next);
        }
      }
    }
    this.#delta = delta;
    this.#outputStart = new Int32Array(stateCount).fill(-1);
    this.#outputs = [];
    outputs.forEach((ids, state) => {
      if (ids.length > 0) {
        this.#outputStart[state] = this.#outputs.length;
        this.#outputs.push(ids);
      }
    });
  }

  get keywordCount(): number {
    return this.#lengths.length;
  }

  /**
   * Calls `onHit(keywordId, start)` for every occurrence of every keyword in `text` (case-insensitive for
   * ASCII letters). Returning `true` from `onHit` stops the scan early.
   */
  scan(text: string, onHit: (keywordId: number, start: number) => boolean | void): void {
    const classOf = this.#classOf;
    const wide = this.#wideClassOf;
    const delta = this.#delta;
    const outputStart = this.#outputStart;
    const classCount = this.#classCount;
    const hasWide = wide.size > 0;
    let state = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const code = text.charCodeAt(i);
      const cls = code < 128 ? (classOf[code] as number) : hasWide ? (wide.get(foldCode(code)) ?? 0) : 0;
      state = delta[state * classCount + cls] as number;
      const out = outputStart[state] as number;
      if (out !== -1) {
        for (const id of this.#outputs[out]!) {
          if (onHit(id, i + 1 - (this.#lengths[id] as number)) === true) return;
        }
      }
    }
  }

  #classFor(code: number): number {
    return code < 128 ? (this.#classOf[code] as number) : (this.#wideClassOf.get(code) ?? 0);
  }
}

function foldCode(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function foldCase(text: string): string {
  return text.replace(/[A-Z]/g, (char) => char.toLowerCase());
}
