import { ErrorCodes, LogveilError } from '../engine/errors.js';
import { mergeRuleTables, OPTION_NAMES, pickOptions, ruleEntries, ruleFor } from '../options.js';
import type { Category } from '../engine/detector.js';
import type { OptionName, RedactorOptions, RuleTable } from '../options.js';
import type { LlmFinding } from './audit.js';

/**
 * What happens to a finding in a request bound for a model:
 * - `redact`: replaced by `[REDACTED:<detector>]`, irreversibly;
 * - `tokenize`: replaced by a placeholder such as `⟦EMAIL_1⟧`, unique within the request, and put back in the
 *   answer; the map lives in memory for that one call;
 * - `block`: the request is not sent; a LogveilError (LOGVEIL_ERR_LLM_BLOCKED) lists detectors and locations.
 */
export type LlmMode = 'redact' | 'tokenize' | 'block';

/**
 * Mode per finding: `default` (default `redact`), per category, per detector id (`known-secret`,
 * `sensitive-key`, `email`, ...; wins over the category). The rule table of src/options.ts, as `redaction` is
 * one of strategies: validated, merged and looked up the same way.
 */
export type LlmModes = RuleTable<LlmMode>;

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

const MODES: readonly LlmMode[] = ['redact', 'tokenize', 'block'];
const OWN_OPTION_NAMES = ['modes', 'onFinding', 'hosts'] as const satisfies readonly (keyof LlmGuardOptions)[];
/** The engine options the guard passes on: every option of src/options.ts but `redaction`, which `modes` replaces. */
const ENGINE_OPTION_NAMES: readonly OptionName[] = OPTION_NAMES.filter((name) => name !== 'redaction');
/** Every name the guard accepts. */
export const LLM_OPTION_NAMES: readonly string[] = [...ENGINE_OPTION_NAMES, ...OWN_OPTION_NAMES];

export class ModeTable {
  readonly #modes: LlmModes;

  constructor(modes: LlmModes | undefined) {
    this.#modes = mergeRuleTables(DEFAULT_LLM_MODES, modes);
  }

  modeFor(detector: string, category: Category): LlmMode {
    return ruleFor(this.#modes, detector, category) ?? 'redact';
  }
}

/** Splits the guard's own options from the engine's, checking the guard's (the engine checks its own). */
export function splitOptions(options: LlmGuardOptions): { engine: Omit<RedactorOptions, 'redaction'>; modes: ModeTable; hosts: Set<string> } {
  if (options === null || typeof options !== 'object') throw new LogveilError(ErrorCodes.BAD_OPTION, 'options must be an object');
  if ('redaction' in options) {
    throw new LogveilError(ErrorCodes.BAD_OPTION, 'logveil/llm: option "redaction" does not apply; use "modes" (redact, tokenize, block)');
  }
  for (const name of Object.keys(options)) {
    if (!LLM_OPTION_NAMES.includes(name)) {
      throw new LogveilError(ErrorCodes.BAD_OPTION, `logveil/llm: unknown option "${name.slice(0, 60)}" (known: ${LLM_OPTION_NAMES.join(', ')})`);
    }
  }
  const modes = options.modes;
  if (modes !== undefined) {
    if (modes === null || typeof modes !== 'object') throw new LogveilError(ErrorCodes.BAD_OPTION, 'option "modes" must be an object');
    for (const [name, mode] of ruleEntries('modes', modes)) {
      if (mode !== undefined && (typeof mode !== 'string' || !(MODES as readonly string[]).includes(mode))) {
        throw new LogveilError(ErrorCodes.BAD_OPTION, `${name}: unknown mode (${MODES.join(', ')})`);
      }
    }
  }
  if (options.onFinding !== undefined && typeof options.onFinding !== 'function') {
    throw new LogveilError(ErrorCodes.BAD_OPTION, 'option "onFinding" must be a function');
  }
  if (options.hosts !== undefined && (!Array.isArray(options.hosts) || options.hosts.some((host) => typeof host !== 'string'))) {
    throw new LogveilError(ErrorCodes.BAD_OPTION, 'option "hosts" must be an array of host names');
  }
  const engine = pickOptions(options as Readonly<Record<string, unknown>>, ENGINE_OPTION_NAMES);
  return { engine, modes: new ModeTable(modes), hosts: new Set((options.hosts ?? []).map((host) => host.toLowerCase())) };
}
