import { redactionMode } from './redaction-modes.js';
import type { Category } from './detector.js';
import type { Finding } from './finding.js';
import type { RedactionStrategy } from './redaction-types.js';

/** Where a replacement is applied: structured input may drop a field (`remove`); free text cannot. */
export interface Replacer {
  /** The text that replaces one finding's span. */
  replacement(detector: string, category: Category, value: string): string;
  /** True when the policy for this detector drops whole fields in structured input. */
  removesField(detector: string, category: Category): boolean;
}

export interface RedactionPolicy {
  /** Strategy for every finding without a more specific rule. Default `placeholder`. */
  readonly default?: RedactionStrategy;
  /** Per category (`secret`, `pii`). */
  readonly categories?: Partial<Record<Category, RedactionStrategy>>;
  /** Per detector id; wins over the category and the detector's own override. */
  readonly detectors?: Readonly<Record<string, RedactionStrategy>>;
  /** HMAC key for `hash`. Required when any rule uses `hash`. */
  readonly hashKey?: string | Buffer;
}

export class PolicyReplacer implements Replacer {
  readonly #policy: RedactionPolicy;
  readonly #detectorDefaults: ReadonlyMap<string, RedactionStrategy>;
  readonly #hashKey: Buffer | undefined;

  constructor(policy: RedactionPolicy, detectorDefaults: ReadonlyMap<string, RedactionStrategy>) {
    this.#policy = policy;
    this.#detectorDefaults = detectorDefaults;
    this.#hashKey = policy.hashKey === undefined ? undefined : Buffer.from(policy.hashKey);
  }

  strategyFor(detector: string, category: Category): RedactionStrategy {
    return (
      this.#policy.detectors?.[detector] ??
      this.#detectorDefaults.get(detector) ??
      this.#policy.categories?.[category] ??
      this.#policy.default ??
      'placeholder'
    );
  }

  removesField(detector: string, category: Category): boolean {
    const strategy = this.strategyFor(detector, category);
    return typeof strategy === 'string' && redactionMode(strategy).removesField === true;
  }

  replacement(detector: string, category: Category, value: string): string {
    const strategy = this.strategyFor(detector, category);
    if (typeof strategy === 'string') return redactionMode(strategy).replace({ detector, value, hashKey: this.#hashKey });
    let custom: unknown;
    try {
      custom = strategy({ detector, category, value });
    } catch {
      custom = undefined;
    }
    // A custom function that fails or returns something odd must not let the value through.
    return typeof custom === 'string' && !custom.includes(value) ? custom : `[REDACTED:${detector}]`;
  }
}

/** Replaces every finding's span (findings sorted, non-overlapping) and returns the new text. */
export function applyFindings(text: string, findings: readonly Finding[], replacer: Replacer): string {
  if (findings.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const finding of findings) {
    out += text.slice(cursor, finding.start);
    out += replacer.replacement(finding.detector, finding.category, text.slice(finding.start, finding.end));
    cursor = finding.end;
  }
  return out + text.slice(cursor);
}
