import { loadConfigFile } from '../config/config-file.js';
import type { RedactorOptions } from '../redactor.js';

/** The detection settings a stream accepts directly, beside (and over) those of a config file. */
type InlineDetection = Pick<RedactorOptions, 'presets' | 'enable' | 'disable' | 'builtins' | 'keyNames' | 'maxDepth' | 'redaction' | 'detectors'>;

/**
 * Combines a config file's settings with the stream's own, the way the CLI does: the stream's `presets`,
 * `builtins`, `keyNames` and `maxDepth` win, `enable`, `disable` and `detectors` add to the file's, and the
 * redaction policy is merged rule group by rule group.
 */
export function mergeDetection(config: RedactorOptions, inline: InlineDetection): RedactorOptions {
  const merged: Record<string, unknown> = { ...config };
  for (const key of ['presets', 'builtins', 'keyNames', 'maxDepth'] as const) {
    if (inline[key] !== undefined) merged[key] = inline[key];
  }
  for (const key of ['enable', 'disable', 'detectors'] as const) {
    if (inline[key] !== undefined) merged[key] = [...(config[key] ?? []), ...inline[key]];
  }
  if (inline.redaction !== undefined) {
    const base = config.redaction ?? {};
    merged.redaction = {
      ...base,
      ...inline.redaction,
      categories: { ...base.categories, ...inline.redaction.categories },
      detectors: { ...base.detectors, ...inline.redaction.detectors },
    };
  }
  return merged as RedactorOptions;
}

/** Loads the `config` file if there is one and merges the inline settings over it. */
export async function loadDetection(configPath: string | undefined, inline: InlineDetection): Promise<RedactorOptions> {
  const config = configPath === undefined ? {} : await loadConfigFile(configPath);
  return mergeDetection(config, inline);
}

/** Only the detection keys of a larger options object (the engine rejects keys it does not know). */
export function pickDetection(options: InlineDetection): InlineDetection {
  const picked: Record<string, unknown> = {};
  for (const key of ['presets', 'enable', 'disable', 'builtins', 'keyNames', 'maxDepth', 'redaction', 'detectors'] as const) {
    if (options[key] !== undefined) picked[key] = options[key];
  }
  return picked as InlineDetection;
}
