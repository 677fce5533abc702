import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { ErrorCodes, LogveilError } from '../engine/errors.js';
import { KnownSecrets, MIN_KNOWN_SECRET_LENGTH } from '../engine/known-secrets.js';

/**
 * Reads a known-secrets file: either a hashed list written by `logveil hash-secrets` or plaintext, one
 * secret per line (surrounding whitespace trimmed; blank lines and lines starting with `#` skipped).
 * Returns a matcher ready to use. A line shorter than MIN_KNOWN_SECRET_LENGTH is an error naming the
 * file and the line (LOGVEIL_ERR_KNOWN_SECRET_TOO_SHORT), never a silent drop.
 */
export function loadKnownSecretsFile(path: string): KnownSecrets {
  return parseKnownSecrets(readSecretText(path, `known secrets file ${path}`), path);
}

/**
 * The bytes of a file that must be UTF-8 text. Any text is a valid plaintext list, so a binary file (a
 * compressed list, a wrong file, one caught while being copied) would be read as lines of garbage "secrets"
 * and replace the real ones. Refused instead: at startup that is an error naming the file; on a reload the
 * previous set stays in force.
 */
export function readSecretText(path: string, label: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new LogveilError(
      code === 'ENOENT' ? ErrorCodes.FILE_NOT_FOUND : ErrorCodes.BAD_KNOWN_SECRETS,
      `${label}: ${code === 'ENOENT' ? 'not found' : `cannot be read (${code ?? 'error'})`}`,
    );
  }
  if (bytes.includes(0) || !isUtf8(bytes)) {
    throw new LogveilError(ErrorCodes.BAD_KNOWN_SECRETS, `${label}: not UTF-8 text (NUL or invalid bytes)`);
  }
  return bytes.toString('utf8');
}

/** Parses the text of a known-secrets file (hashed list or plaintext lines). */
export function parseKnownSecrets(text: string, source = 'known secrets'): KnownSecrets {
  if (KnownSecrets.isHashedList(text)) return KnownSecrets.fromHashedList(text, source);
  const matcher = new KnownSecrets();
  const lines = numberedPlaintextLines(text);
  const short = lines.find((line) => line.text.length < MIN_KNOWN_SECRET_LENGTH);
  if (short !== undefined) {
    throw new LogveilError(
      ErrorCodes.KNOWN_SECRET_TOO_SHORT,
      `${source}: line ${short.line}: a known secret must have at least ${MIN_KNOWN_SECRET_LENGTH} characters (shorter values would redact ordinary words)`,
    );
  }
  matcher.add(lines.map((line) => line.text), source);
  return matcher;
}

/**
 * The secrets of a plaintext list: one per line, surrounding whitespace trimmed, blank lines and comment
 * lines (first non-blank character `#`) skipped. A secret that itself starts with `#` cannot be listed in
 * plaintext; put it in its own file of a known-secrets directory.
 */
export function plaintextLines(text: string): string[] {
  return numberedPlaintextLines(text).map((line) => line.text);
}

function numberedPlaintextLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line.length > 0 && !line.startsWith('#')) out.push({ line: index + 1, text: line });
  });
  return out;
}
