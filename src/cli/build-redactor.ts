import { loadConfigFile } from '../config/config-file.js';
import { knownSecretsFromEnv, loadKnownSecretsFile } from '../known-secrets-sources.js';
import { mergeOptions } from '../options.js';
import { createRedactor } from '../redactor.js';
import type { RedactorOptions } from '../options.js';
import type { Redactor } from '../redactor.js';

export interface DetectionFlags {
  readonly 'known-secrets'?: string | undefined;
  readonly 'secrets-from-env'?: boolean | undefined;
  readonly config?: string | undefined;
  readonly preset?: string[] | undefined;
  readonly enable?: string[] | undefined;
  readonly disable?: string[] | undefined;
}

/** Builds the redactor a CLI command runs, from `--config`, `--preset/--enable/--disable` and known secrets. */
export async function redactorFromFlags(flags: DetectionFlags): Promise<Redactor> {
  const config: RedactorOptions = flags.config === undefined ? {} : await loadConfigFile(flags.config);
  const knownSecrets = flags['known-secrets'] === undefined ? undefined : loadKnownSecretsFile(flags['known-secrets']);
  // Flags merge over the config file by the one rule of src/options.ts (`--enable` adds to the file's list...).
  const flagOptions: Record<string, unknown> = { presets: flags.preset, enable: flags.enable, disable: flags.disable, knownSecrets };
  const options = mergeOptions(config, flagOptions as RedactorOptions);
  const redactor = createRedactor(options);
  if (flags['secrets-from-env'] === true) redactor.knownSecrets.add(knownSecretsFromEnv());
  return redactor;
}
