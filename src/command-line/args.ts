import { parseArgs } from 'node:util';
import { CliError } from './cli-error.js';
import type { ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>;

/**
 * `util.parseArgs` with errors a person can act on: the option named, the command's usage pointed to,
 * exit code 2. Never a stack trace.
 */
export function parseCommandArgs<T extends Options>(command: string, args: readonly string[], options: T): Parsed<T> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliError(`${command}: ${message?.replace(/\. To specify a positional.*$/, '')} (see: logveil ${command} --help)`, 2);
  }
}

/** Options shared by `scrub` and `scan`: what to detect and which secrets are known. */
export const DETECTION_OPTIONS = {
  'known-secrets': { type: 'string' },
  'known-secrets-dir': { type: 'string' },
  'secrets-from-env': { type: 'boolean' },
  config: { type: 'string' },
  preset: { type: 'string', multiple: true },
  enable: { type: 'string', multiple: true },
  disable: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

export const DETECTION_HELP = `  --known-secrets FILE  secrets to find anywhere: plaintext (one per line, at least 8 characters;
                        lines starting with # are comments) or a hashed list (logveil hash-secrets)
  --known-secrets-dir DIR
                        every regular file in DIR is one secret (Docker/Kubernetes secret mounts, Vault
                        Agent sinks; dotfiles skipped); file and directory are reloaded when they change
  --secrets-from-env    also find the values of sensitive-looking environment variables
  --config FILE         configuration (JSON or a JS module): presets, detectors, redaction
  --preset NAME         start from these presets instead of secrets+pii (repeatable)
  --enable ID|PRESET    add a detector or preset (repeatable)
  --disable ID|PRESET   remove a detector or preset (repeatable)`;
