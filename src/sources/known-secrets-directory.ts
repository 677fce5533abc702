import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCodes, LogveilError } from '../engine/errors.js';
import { KnownSecrets, MIN_KNOWN_SECRET_LENGTH } from '../engine/known-secrets.js';
import { readSecretText } from './known-secrets-file.js';

/** A secret file larger than this is not one secret (a wrong directory, a log): refused, naming the file. */
export const MAX_SECRET_FILE_BYTES = 64 * 1024;

/**
 * Reads a directory in which every regular file holds one secret: how Docker (`/run/secrets`) and Kubernetes
 * secret volumes and Vault Agent sinks hand secrets to a process. The whole file is the secret, with
 * surrounding whitespace (the trailing newline an editor or `echo` adds) trimmed. Names starting with `.` are
 * skipped: Kubernetes keeps the real files in `..2024_01_01_…` directories behind a `..data` symlink and
 * exposes each key as a symlink through it, so following the visible symlinks reads the current version,
 * and an atomic swap of `..data` is seen on the next read. Subdirectories are not entered.
 *
 * A file that is empty, shorter than MIN_KNOWN_SECRET_LENGTH, larger than MAX_SECRET_FILE_BYTES or not
 * UTF-8 text is an error naming the file (never its content): a secret the caller believes protected must
 * not be left out silently.
 */
export function loadKnownSecretsDirectory(dir: string): KnownSecrets {
  const matcher = new KnownSecrets();
  matcher.add(readSecretsDirectory(dir), `known secrets directory ${dir}`);
  return matcher;
}

/** The secrets of a directory, one per regular file, in name order. */
export function readSecretsDirectory(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new LogveilError(
      code === 'ENOENT' ? ErrorCodes.FILE_NOT_FOUND : ErrorCodes.BAD_KNOWN_SECRETS,
      `known secrets directory ${dir}: ${code === 'ENOENT' ? 'not found' : code === 'ENOTDIR' ? 'not a directory' : `cannot be read (${code ?? 'error'})`}`,
    );
  }
  const secrets: string[] = [];
  for (const name of names.sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const label = `known secrets directory ${dir}: file ${name}`;
    let size: number;
    try {
      // stat, not lstat: the visible entries of a Kubernetes volume are symlinks to the current version.
      const stat = statSync(path);
      if (!stat.isFile()) continue;
      size = stat.size;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Gone between the listing and the stat: a rotation in progress. The reload that follows sees the end state.
      throw new LogveilError(ErrorCodes.BAD_KNOWN_SECRETS, `${label}: cannot be read (${code ?? 'error'})`);
    }
    if (size > MAX_SECRET_FILE_BYTES) {
      throw new LogveilError(ErrorCodes.BAD_KNOWN_SECRETS, `${label}: larger than ${MAX_SECRET_FILE_BYTES} bytes, not one secret`);
    }
    const secret = readSecretText(path, label).trim();
    if (secret.length < MIN_KNOWN_SECRET_LENGTH) {
      throw new LogveilError(
        ErrorCodes.KNOWN_SECRET_TOO_SHORT,
        `${label}: a known secret must have at least ${MIN_KNOWN_SECRET_LENGTH} characters${secret.length === 0 ? ' (the file is empty)' : ''}`,
      );
    }
    secrets.push(secret);
  }
  return secrets;
}
