/**
 * The placeholders of one request: `⟦EMAIL_1⟧` stands for the first distinct value the `email` detector found
 * in it. The map lives only as long as the call that made it; nothing is written anywhere. Only a placeholder
 * this request issued is ever replaced, so a model that alters or invents one gets the placeholder back, never
 * a value.
 */
const PLACEHOLDER = /⟦[A-Z]+(?:_[A-Z]+)*_[1-9][0-9]{0,5}⟧/g;
/** A text tail that may be the start of a placeholder still arriving in the next chunk. */
const PLACEHOLDER_PREFIX = /^⟦[A-Z_]*[0-9]{0,6}$/;
const LABEL_LENGTH = 24;

export class PlaceholderMap {
  readonly #byValue = new Map<string, string>();
  readonly #byPlaceholder = new Map<string, string>();
  readonly #perLabel = new Map<string, number>();
  #maxLength = 0;
  #restored = 0;

  get size(): number {
    return this.#byPlaceholder.size;
  }

  /** The longest placeholder issued: the most a stream restorer ever holds back. */
  get maxLength(): number {
    return this.#maxLength;
  }

  /** Placeholders put back so far. */
  get restored(): number {
    return this.#restored;
  }

  tokenize(detector: string, value: string): string {
    const known = this.#byValue.get(value);
    if (known !== undefined) return known;
    const label = detector.toUpperCase().replace(/[^A-Z]+/g, '_').replace(/^_+|_+$/g, '').slice(0, LABEL_LENGTH) || 'VALUE';
    const number = (this.#perLabel.get(label) ?? 0) + 1;
    this.#perLabel.set(label, number);
    const placeholder = `⟦${label}_${number}⟧`;
    this.#byValue.set(value, placeholder);
    this.#byPlaceholder.set(placeholder, value);
    this.#maxLength = Math.max(this.#maxLength, placeholder.length);
    // Labels are letters and underscores, then the number: the shape the engine treats as already redacted.
    return placeholder;
  }

  /**
   * Puts this request's values back in `text`. `jsonString`: the text sits inside a JSON string literal (tool
   * call arguments), so a value is inserted escaped and the arguments stay valid JSON.
   */
  restore(text: string, jsonString = false): string {
    if (this.#byPlaceholder.size === 0 || !text.includes('⟦')) return text;
    return text.replace(PLACEHOLDER, (placeholder) => {
      const value = this.#byPlaceholder.get(placeholder);
      if (value === undefined) return placeholder;
      this.#restored++;
      return jsonString ? JSON.stringify(value).slice(1, -1) : value;
    });
  }
}

/**
 * Restores one stream of text deltas (a message's text, a tool call's arguments). A delta that ends in what may
 * be the start of a placeholder keeps that tail back until the next delta completes or refutes it, so a
 * placeholder split across chunks is restored; it never holds back more than a placeholder's length, and a
 * delta without `⟦` passes at once.
 */
export class StreamRestorer {
  readonly #map: PlaceholderMap;
  readonly #jsonString: boolean;
  #pending = '';

  constructor(map: PlaceholderMap, jsonString = false) {
    this.#map = map;
    this.#jsonString = jsonString;
  }

  get holding(): boolean {
    return this.#pending.length > 0;
  }

  push(delta: string): string {
    const text = this.#pending + delta;
    this.#pending = '';
    const open = text.lastIndexOf('⟦');
    if (open !== -1 && text.length - open < this.#map.maxLength && PLACEHOLDER_PREFIX.test(text.slice(open))) {
      this.#pending = text.slice(open);
      return this.#map.restore(text.slice(0, open), this.#jsonString);
    }
    return this.#map.restore(text, this.#jsonString);
  }

  /** What is held back, restored as far as it can be (an unfinished placeholder is passed as it is). */
  flush(): string {
    const text = this.#pending;
    this.#pending = '';
    return this.#map.restore(text, this.#jsonString);
  }
}
