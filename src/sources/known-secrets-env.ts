import { ErrorCodes, LogveilError } from '../engine/errors.js';
import { classifyKeyName } from '../engine/key-names.js';
import { MIN_KNOWN_SECRET_LENGTH } from '../engine/known-secrets.js';

/** Environment variables that hold a URL whose password part is a credential (`DATABASE_URL`). */
const URL_NAME = /(?:^|_)(?:URL|URI|DSN)$/i;

/**
 * Values of environment variables whose name looks sensitive (`OPENAI_API_KEY`, `GITHUB_TOKEN`,
 * `DB_PASSWORD`, ...), plus the password part of `*_URL`, `*_URI` and `*_DSN` values. `true`/`false` and
 * values shorter than MIN_KNOWN_SECRET_LENGTH are not taken: this is a guess from names over the whole
 * environment (`DEBUG_TOKEN=1`), not a list someone wrote, so a short value is not an error here. Use
 * `knownSecretsEnvShortValues` to say how many were passed over.
 */
export function knownSecretsFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
  names?: readonly string[] | RegExp,
): string[] {
  return [...envCandidates(env, names)].filter((value) => value.length >= MIN_KNOWN_SECRET_LENGTH);
}

/** How many chosen variables were passed over for being shorter than MIN_KNOWN_SECRET_LENGTH (no names, no values). */
export function knownSecretsEnvShortValues(
  env: Readonly<Record<string, string | undefined>> = process.env,
  names?: readonly string[] | RegExp,
): number {
  return [...envCandidates(env, names)].filter((value) => value.length < MIN_KNOWN_SECRET_LENGTH).length;
}

function envCandidates(env: Readonly<Record<string, string | undefined>>, names: readonly string[] | RegExp | undefined): Set<string> {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || value === '') continue;
    const chosen = names === undefined ? classifyKeyName(name) : Array.isArray(names) ? names.includes(name) : (names as RegExp).test(name);
    if (chosen && !/^(?:true|false)$/i.test(value)) values.add(value);
    if ((chosen || names === undefined) && URL_NAME.test(name)) {
      const password = urlPassword(value);
      if (password !== undefined) values.add(password);
    }
  }
  return values;
}

function urlPassword(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.password === '' ? undefined : decodeURIComponent(url.password);
  } catch {
    return undefined;
  }
}

/**
 * Turns a `knownSecretsEnv` option (true, a list of names, or a regular expression source) into what
 * `knownSecretsFromEnv` takes; a bad pattern fails here, at startup, naming the option.
 */
export function knownSecretsEnvNames(value: unknown): readonly string[] | RegExp | undefined {
  if (value === undefined || value === false || value === true) return undefined;
  if (Array.isArray(value)) return value as string[];
  try {
    return new RegExp(value as string);
  } catch {
    throw new LogveilError(ErrorCodes.BAD_OPTION, 'option "knownSecretsEnv" is not a valid regular expression');
  }
}
