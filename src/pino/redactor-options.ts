import { loadConfigFile } from '../config/config-file.js';
import { mergeOptions, pickOptions } from '../options.js';
import { PINO_LINE_FIELDS } from './options.js';
import type { RedactorOptions } from '../options.js';

/** The detection settings a stream accepts directly, beside (and over) those of a config file. */
type InlineDetection = Omit<RedactorOptions, 'knownSecrets'>;

/** Combines a config file's settings with the stream's own by the one rule of `mergeOptions` (src/options.ts). */
export function mergeDetection(config: RedactorOptions, inline: InlineDetection): RedactorOptions {
  return mergeOptions(config, inline);
}

/**
 * Loads the `config` file if there is one and merges the inline settings over it. pino's own fields are
 * kept untouched unless the file or the stream says which fields to keep.
 */
export async function loadDetection(configPath: string | undefined, inline: InlineDetection): Promise<RedactorOptions> {
  const config = configPath === undefined ? {} : await loadConfigFile(configPath);
  return mergeOptions({ keepFields: PINO_LINE_FIELDS, ...config }, inline);
}

/** Only the detection keys of a larger options object (the engine rejects keys it does not know). */
export function pickDetection(options: object): InlineDetection {
  const { knownSecrets: _ignored, ...detection } = pickOptions(options as Readonly<Record<string, unknown>>);
  return detection;
}

/** The detection settings of an in-process stream (no config file): pino's fields kept unless it says otherwise. */
export function streamDetection(options: object): InlineDetection {
  return { keepFields: PINO_LINE_FIELDS, ...pickDetection(options) };
}
