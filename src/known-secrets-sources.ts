import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { ErrorCodes, LogveilError } from './engine/errors.js';
import { classifyKeyName } from './engine/key-names.js';
import { KnownSecrets, MIN_KNOWN_SECRET_LENGTH } from './engine/known-secrets.js';

/** Environment variables that hold a URL whose password part is a credential (`DATABASE_URL`). */
const URL_NAME = /(?:^|_)(?:URL|URI|DSN)$/i;

/**
 * Values of environment variables whose name looks sensitive (`OPENAI_API_KEY`, `GITHUB_TOKEN`,
 * `DB_PASSWORD`, ...), plus the password part of `*_URL`, `*_URI` and `*_DSN` values. Values shorter than
 * 8 characters, and `true`/`false`, are skipped.
 */
export function knownSecretsFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
  names?: readonly string[] | RegExp,
): string[] {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || value.length < MIN_KNOWN_SECRET_LENGTH) continue;
    const chosen = names === undefined ? classifyKeyName(name) : Array.isArray(names) ? names.includes(name) : (names as RegExp).test(name);
    if (chosen && !/^(?:true|false)$/i.test(value)) values.add(value);
    if ((chosen || names === undefined) && URL_NAME.test(name)) {
      const password = urlPassword(value);
      if (password !== undefined && password.length >= MIN_KNOWN_SECRET_LENGTH) values.add(password);
    }
  }
  return [...values];
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
 * Reads a known-secrets file: either a hashed list written by `logveil hash-secrets` or plaintext, one
 * secret per line (surrounding whitespace trimmed, blank lines skipped). Returns a matcher ready to use.
 */
export function loadKnownSecretsFile(path: string): KnownSecrets {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new LogveilError(
      code === 'ENOENT' ? ErrorCodes.FILE_NOT_FOUND : ErrorCodes.BAD_KNOWN_SECRETS,
      `known secrets file ${path}: ${code === 'ENOENT' ? 'not found' : `cannot be read (${code ?? 'error'})`}`,
    );
  }
  // Any text is a valid plaintext list, so a binary file (a compressed list, a wrong file, one caught while
  // being copied) would be read as lines of garbage "secrets" and replace the real ones. Refused instead:
  // at startup that is an error naming the file; on a reload the previous set stays in force.
  if (bytes.includes(0) || !isUtf8(bytes)) {
    throw new LogveilError(ErrorCodes.BAD_KNOWN_SECRETS, `known secrets file ${path}: not UTF-8 text (NUL or invalid bytes)`);
  }
  return parseKnownSecrets(bytes.toString('utf8'), path);
}

/** Parses the text of a known-secrets file (hashed list or plaintext lines). */
export function parseKnownSecrets(text: string, source = 'known secrets'): KnownSecrets {
  if (KnownSecrets.isHashedList(text)) return KnownSecrets.fromHashedList(text, source);
  const matcher = new KnownSecrets();
  matcher.add(plaintextLines(text));
  return matcher;
}

export function plaintextLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
