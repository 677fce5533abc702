import { readFileSync } from 'node:fs';
import { CliError } from './cli-error.js';
import { parseIgnoreFile } from './glob.js';
import type { PathPattern } from './glob.js';

/** The patterns of `--ignore-file FILE`: a file named on the command line that cannot be read is a user error. */
export function readIgnoreFileFlag(path: string | undefined): PathPattern[] {
  if (path === undefined) return [];
  try {
    return parseIgnoreFile(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`--ignore-file ${path}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})`}`, 2);
  }
}
