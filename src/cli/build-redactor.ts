import { loadConfigFile } from '../config/config-file.js';
import { knownSecretsFromEnv, loadKnownSecretsFile } from '../known-secrets-sources.js';
import { createRedactor } from '../redactor.js';
import type { Redactor, RedactorOptions } from '../redactor.js';

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
  const options: RedactorOptions = {
    ...config,
    presets: flags.preset ?? config.presets,
    enable: [...(config.enable ?? []), ...(flags.enable ?? [])],
    disable: [...(config.disable ?? []), ...(flags.disable ?? [])],
    ...(knownSecrets === undefined ? {} : { knownSecrets }),
  };
  const redactor = createRedactor(options);
  if (flags['secrets-from-env'] === true) redactor.knownSecrets.add(knownSecretsFromEnv());
  return redactor;
}
