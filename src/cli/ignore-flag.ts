import { readFileSync } from 'node:fs';
import { CliError, unreadable } from '../command-line/cli-error.js';
import { parseIgnoreFile } from './glob.js';
import type { PathPattern } from './glob.js';

/** The patterns of `--ignore-file FILE`: a file named on the command line that cannot be read is a user error. */
export function readIgnoreFileFlag(path: string | undefined): PathPattern[] {
  if (path === undefined) return [];
  try {
    return parseIgnoreFile(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliError(`--ignore-file ${path}: ${unreadable(error)}`, 2);
  }
}
