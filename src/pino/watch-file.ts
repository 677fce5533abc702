import { watch, watchFile, unwatchFile } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { FSWatcher } from 'node:fs';

export interface FileWatch {
  close(): void;
}

/** Writers replace a file in a few steps (truncate, write; or write a temp file, rename): wait for quiet. */
export const DEBOUNCE_MS = 100;
/** Polling interval when the directory cannot be watched (some network and container file systems). */
const POLL_MS = 1000;

/**
 * Calls `onChange` once a burst of changes to `path` has settled. The directory is watched, not the file:
 * a watch on the file follows its inode and goes deaf after the first rename-into-place rotation. Neither the
 * watcher nor its timer keeps the process alive.
 */
export function watchPath(path: string, onChange: () => void, debounceMs = DEBOUNCE_MS): FileWatch {
  const name = basename(path);
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
  let polling = false;
  const poll = (): void => {
    watcher?.close();
    watcher = undefined;
    if (polling || closed) return;
    polling = true;
    watchFile(path, { interval: POLL_MS, persistent: false }, schedule);
  };
  try {
    watcher = watch(dirname(path), { persistent: false }, (_event, changed) => {
      // Some platforms do not report the name: then any change in the directory is a candidate.
      if (changed === null || changed === name) schedule();
    });
    watcher.on('error', poll);
  } catch {
    poll();
  }

  return {
    close(): void {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      watcher?.close();
      if (polling) unwatchFile(path, schedule);
    },
  };
}
