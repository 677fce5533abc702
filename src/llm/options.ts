import { ErrorCodes, LogveilError } from '../engine/errors.js';
import type { Category } from '../engine/detector.js';
import type { RedactorOptions } from '../redactor.js';
import type { LlmFinding } from './audit.js';

/**
 * What happens to a finding in a request bound for a model:
 * - `redact`: replaced by `[REDACTED:<detector>]`, irreversibly;
 * - `tokenize`: replaced by a placeholder such as `⟦EMAIL_1⟧`, unique within the request, and put back in the
 *   answer; the map lives in memory for that one call;
 * - `block`: the request is not sent; a LogveilError (LOGVEIL_ERR_LLM_BLOCKED) lists detectors and locations.
 */
export type LlmMode = 'redact' | 'tokenize' | 'block';

export interface LlmModes {
  /** Mode for findings without a more specific rule. Default `redact`. */
  readonly default?: LlmMode;
  readonly categories?: Partial<Record<Category, LlmMode>>;
  /** Per detector id (`known-secret`, `sensitive-key`, `email`, ...); wins over the category. */
  readonly detectors?: Readonly<Record<string, LlmMode>>;
}

/** The default: block the agent's known secrets, redact other credentials, tokenize personal data. */
export const DEFAULT_LLM_MODES: LlmModes = Object.freeze({
  default: 'redact',
  categories: Object.freeze({ secret: 'redact', pii: 'tokenize' }),
  detectors: Object.freeze({ 'known-secret': 'block' }),
});

export interface LlmGuardOptions extends Omit<RedactorOptions, 'redaction'> {
  /** Mode per category or detector; merged over DEFAULT_LLM_MODES. */
  readonly modes?: LlmModes;
  /** Called once per finding (never with the value). An exception thrown here is ignored. */
  readonly onFinding?: (finding: LlmFinding) => void;
  /**
   * guardFetch only: hosts (`api.example.com`, case-insensitive) whose every JSON request body is scrubbed,
   * besides the model endpoints recognised by path on any host.
   */
  readonly hosts?: readonly string[];
}

const MODES = new Set(['redact', 'tokenize', 'block']);
const OWN_OPTIONS = new Set(['modes', 'onFinding', 'hosts']);

export class ModeTable {
  readonly #modes: LlmModes;

  constructor(modes: LlmModes | undefined) {
    this.#modes = {
      default: modes?.default ?? DEFAULT_LLM_MODES.default,
      categories: { ...DEFAULT_LLM_MODES.categories, ...modes?.categories },
      detectors: { ...DEFAULT_LLM_MODES.detectors, ...modes?.detectors },
    };
  }

  modeFor(detector: string, category: Category): LlmMode {
    return this.#modes.detectors?.[detector] ?? this.#modes.categories?.[category] ?? this.#modes.default ?? 'redact';
  }
}

/** Splits the guard's own options from the engine's, checking the guard's (the engine checks its own). */
export function splitOptions(options: LlmGuardOptions): { engine: Omit<RedactorOptions, 'redaction'>; modes: ModeTable; hosts: Set<string> } {
  if (options === null || typeof options !== 'object') throw new LogveilError(ErrorCodes.BAD_OPTION, 'options must be an object');
  if ('redaction' in options) {
    throw new LogveilError(ErrorCodes.BAD_OPTION, 'logveil/llm: option "redaction" does not apply; use "modes" (redact, tokenize, block)');
  }
  const modes = options.modes;
  if (modes !== undefined) {
    const entries: [string, unknown][] = [['modes.default', modes.default]];
    for (const [category, mode] of Object.entries(modes.categories ?? {})) {
      if (category !== 'secret' && category !== 'pii') {
        throw new LogveilError(ErrorCodes.BAD_OPTION, `modes.categories: unknown category "${category.slice(0, 40)}" (secret, pii)`);
      }
      entries.push([`modes.categories.${category}`, mode]);
    }
    for (const [id, mode] of Object.entries(modes.detectors ?? {})) entries.push([`modes.detectors.${id.slice(0, 60)}`, mode]);
    for (const [name, mode] of entries) {
      if (mode !== undefined && (typeof mode !== 'string' || !MODES.has(mode))) {
        throw new LogveilError(ErrorCodes.BAD_OPTION, `${name}: unknown mode (redact, tokenize, block)`);
      }
    }
  }
  if (options.onFinding !== undefined && typeof options.onFinding !== 'function') {
    throw new LogveilError(ErrorCodes.BAD_OPTION, 'option "onFinding" must be a function');
  }
  if (options.hosts !== undefined && (!Array.isArray(options.hosts) || options.hosts.some((host) => typeof host !== 'string'))) {
    throw new LogveilError(ErrorCodes.BAD_OPTION, 'option "hosts" must be an array of host names');
  }
  const engine: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(options)) if (!OWN_OPTIONS.has(name)) engine[name] = value;
  return { engine, modes: new ModeTable(modes), hosts: new Set((options.hosts ?? []).map((host) => host.toLowerCase())) };
}
