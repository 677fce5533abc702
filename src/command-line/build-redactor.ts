import { loadConfigFile } from '../config/config-file.js';
import { keepKnownSecretsLoaded, knownSecretsFromEnv } from '../sources/index.js';
import { mergeOptions } from '../options.js';
import { createRedactor } from '../redactor.js';
import type { RedactorOptions } from '../options.js';
import type { Redactor } from '../redactor.js';

export interface DetectionFlags {
  readonly 'known-secrets'?: string | undefined;
  readonly 'known-secrets-dir'?: string | undefined;
  readonly 'secrets-from-env'?: boolean | undefined;
  readonly config?: string | undefined;
  readonly preset?: string[] | undefined;
  readonly enable?: string[] | undefined;
  readonly disable?: string[] | undefined;
}

/**
 * Builds the redactor a CLI command runs, from `--config`, `--preset/--enable/--disable` and known secrets.
 * Known secrets come from the shared sources (src/sources), as for the pino and OTel adapters, and stay
 * watched while the command runs: a long `tail -f | logveil scrub` picks up a rotated file or secret mount.
 * The watchers never keep the process alive.
 */
export async function redactorFromFlags(flags: DetectionFlags, overrides: RedactorOptions = {}): Promise<Redactor> {
  const config: RedactorOptions = flags.config === undefined ? {} : await loadConfigFile(flags.config);
  // Flags merge over the config file by the one rule of src/options.ts (`--enable` adds to the file's list...).
  const flagOptions: Record<string, unknown> = { presets: flags.preset, enable: flags.enable, disable: flags.disable };
  const options = { ...mergeOptions(config, flagOptions as RedactorOptions), ...overrides };
  const redactor = createRedactor(options);
  const file = flags['known-secrets'];
  const dir = flags['known-secrets-dir'];
  const env = flags['secrets-from-env'] === true;
  if (file !== undefined || dir !== undefined) {
    // A file or directory replaces the config's `knownSecrets`, as --known-secrets always did.
    keepKnownSecretsLoaded(redactor.knownSecrets, {
      ...(file === undefined ? {} : { knownSecretsFile: file }),
      ...(dir === undefined ? {} : { knownSecretsDir: dir }),
      ...(env ? { knownSecretsEnv: true } : {}),
    });
  } else if (env) {
    // Alone, the environment adds to the config's `knownSecrets`.
    redactor.knownSecrets.add(knownSecretsFromEnv());
  }
  return redactor;
}
