import { lstatSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { excluded, parseIgnoreFile } from './glob.js';
import type { PathPattern } from './glob.js';

/** The name of the ignore file read from each scanned root directory. */
export const IGNORE_FILE = '.logveilignore';

export interface WalkOptions {
  /** Patterns from `--exclude` and ignore files. */
  readonly exclude: readonly PathPattern[];
  /** Follow symbolic links that point outside the root being walked. Default false. */
  readonly followOutside?: boolean;
}

export type WalkEntry =
  | { readonly kind: 'file'; readonly path: string; readonly root: string }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: 'symlink-loop' | 'symlink-outside' | 'special' }
  | { readonly kind: 'error'; readonly path: string; readonly code: string };

/**
 * Every regular file under the given paths, depth first in name order, so a run is reproducible. `.git` is
 * never entered, excluded paths are skipped, a symbolic link is followed only inside its root (a link that
 * leads out of the tree, or back into a directory already being walked, is reported and skipped), and an
 * unreadable directory or file is reported without ending the walk.
 */
export function* walkPaths(paths: readonly string[], options: WalkOptions): Generator<WalkEntry> {
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      yield { kind: 'error', path, code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
      continue;
    }
    if (!stat.isDirectory()) {
      yield stat.isFile() ? { kind: 'file', path, root: path } : { kind: 'skipped', path, reason: 'special' };
      continue;
    }
    const rootReal = realpathSync(path);
    const patterns = [...options.exclude, ...readIgnoreFile(join(path, IGNORE_FILE))];
    yield* walkDirectory(path, path, rootReal, new Set([rootReal]), patterns, options.followOutside === true);
  }
}

function* walkDirectory(
  directory: string,
  root: string,
  rootReal: string,
  active: Set<string>,
  patterns: readonly PathPattern[],
  followOutside: boolean,
): Generator<WalkEntry> {
  let names: string[];
  try {
    names = readdirSync(directory).sort();
  } catch (error) {
    yield { kind: 'error', path: directory, code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
    return;
  }
  for (const name of names) {
    if (name === '.git') continue;
    const path = join(directory, name);
    const rel = relative(root, path).split(sep).join('/');
    let link;
    let stat;
    try {
      link = lstatSync(path);
      stat = link.isSymbolicLink() ? statSync(path) : link;
    } catch (error) {
      yield { kind: 'error', path, code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
      continue;
    }
    if (excluded(patterns, rel, stat.isDirectory())) continue;
    let real = path;
    if (link.isSymbolicLink()) {
      real = realpathSync(path);
      if (!followOutside && !(real === rootReal || real.startsWith(rootReal + sep))) {
        yield { kind: 'skipped', path, reason: 'symlink-outside' };
        continue;
      }
    }
    if (stat.isDirectory()) {
      const key = link.isSymbolicLink() ? real : realpathSync(path);
      if (active.has(key)) {
        yield { kind: 'skipped', path, reason: 'symlink-loop' };
        continue;
      }
      active.add(key);
      yield* walkDirectory(path, root, rootReal, active, patterns, followOutside);
      active.delete(key);
    } else if (stat.isFile()) {
      // A link to a file inside the tree is that file again: scanned where it really is, not twice.
      if (!link.isSymbolicLink()) yield { kind: 'file', path, root };
    } else {
      yield { kind: 'skipped', path, reason: 'special' };
    }
  }
}

function readIgnoreFile(path: string): PathPattern[] {
  try {
    return parseIgnoreFile(readFileSync(path, 'utf8'));
  } catch {
    return [];
  }
}
