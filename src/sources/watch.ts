import { readdirSync, statSync, watch } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { FSWatcher } from 'node:fs';

export interface FileWatch {
  close(): void;
}

/** Writers replace a file in a few steps (truncate, write; or write a temp file, rename): wait for quiet. */
export const DEBOUNCE_MS = 100;
/** Polling interval when the directory cannot be watched (some network and container file systems). */
export const POLL_MS = 1000;

/**
 * Calls `onChange` once a burst of changes to the file `path` has settled. The directory is watched, not the
 * file: a watch on the file follows its inode and goes deaf after the first rename-into-place rotation.
 * Changes to names starting with `..` count too: Kubernetes swaps a secret volume's `..data` symlink, and the
 * file's own name, a symlink through it, never changes. Neither the watcher nor its timer keeps the process alive.
 */
export function watchPath(path: string, onChange: () => void, debounceMs = DEBOUNCE_MS): FileWatch {
  const name = basename(path);
  return watchWith(dirname(path), (changed) => changed === null || changed === name || changed.startsWith('..'), () => signatureOf([path]), onChange, debounceMs);
}

/**
 * Calls `onChange` once a burst of changes in the directory `dir` has settled: a file written in place, added,
 * removed, or the atomic swap of a Kubernetes `..data` symlink. Same guarantees as `watchPath`.
 */
export function watchDirectory(dir: string, onChange: () => void, debounceMs = DEBOUNCE_MS): FileWatch {
  return watchWith(dir, () => true, () => signatureOf(entries(dir)), onChange, debounceMs);
}

function watchWith(
  watched: string,
  relevant: (changed: string | null) => boolean,
  signature: () => string,
  onChange: () => void,
  debounceMs: number,
): FileWatch {
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const schedule = (): void => {
    if (closed) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!closed) onChange();
    }, debounceMs);
    timer.unref();
  };

  let watcher: FSWatcher | undefined;
  let poller: NodeJS.Timeout | undefined;
  const poll = (): void => {
    watcher?.close();
    watcher = undefined;
    if (poller !== undefined || closed) return;
    // Sizes and modification times of what is read (following symlinks): a change in either is a candidate.
    let last = signature();
    poller = setInterval(() => {
      const now = signature();
      if (now !== last) {
        last = now;
        schedule();
      }
    }, POLL_MS);
    poller.unref();
  };
  try {
    watcher = watch(watched, { persistent: false }, (_event, changed) => {
      // Some platforms do not report the name: then any change in the directory is a candidate.
      if (relevant(changed === null ? null : String(changed))) schedule();
    });
    watcher.on('error', poll);
  } catch {
    poll();
  }

  return {
    close(): void {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      if (poller !== undefined) clearInterval(poller);
      watcher?.close();
    },
  };
}

function entries(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

function signatureOf(paths: readonly string[]): string {
  return paths
    .map((path) => {
      try {
        const stat = statSync(path);
        return `${path}:${stat.size}:${stat.mtimeMs}:${stat.ino}`;
      } catch {
        return `${path}:-`;
      }
    })
    .join('|');
}
