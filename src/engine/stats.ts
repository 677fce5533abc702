import type { Category } from './detector.js';

export interface RedactionStats {
  /** Strings, lines or values handed to the redactor. */
  readonly inputs: number;
  /** Findings replaced, per detector id. */
  readonly findings: Readonly<Record<string, number>>;
  /** Findings replaced, per category. */
  readonly categories: Readonly<Record<Category, number>>;
  /** Validator or custom-redaction errors, per detector id (the detector then counts as not matching). */
  readonly detectorErrors: Readonly<Record<string, number>>;
}

/** Per-detector counters; cheap enough to keep on the hot path (a Map increment per finding). */
export class StatsCollector {
  #inputs = 0;
  readonly #findings = new Map<string, number>();
  readonly #categories: Record<Category, number> = { secret: 0, pii: 0 };
  readonly #errors = new Map<string, number>();

  input(): void {
    this.#inputs++;
  }

  finding(detector: string, category: Category): void {
    this.#findings.set(detector, (this.#findings.get(detector) ?? 0) + 1);
    this.#categories[category]++;
  }

  detectorError(detector: string): void {
    this.#errors.set(detector, (this.#errors.get(detector) ?? 0) + 1);
  }

  snapshot(): RedactionStats {
    return {
      inputs: this.#inputs,
      findings: Object.fromEntries([...this.#findings].sort(([a], [b]) => (a < b ? -1 : 1))),
      categories: { ...this.#categories },
      detectorErrors: Object.fromEntries(this.#errors),
    };
  }

  reset(): void {
    this.#inputs = 0;
    this.#findings.clear();
    this.#categories.secret = 0;
    this.#categories.pii = 0;
    this.#errors.clear();
  }
}
