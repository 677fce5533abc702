import { watchDirectory, watchPath } from './watch.js';
import type { KnownSecretsSource, ReloadResult } from './known-secrets-source.js';
import type { FileWatch } from './watch.js';

/** Whatever holds the known secrets in force and can swap in a reloaded set (a scrubber, a live matcher). */
export interface ReloadTarget {
  reloadKnownSecrets(): ReloadResult;
}

export interface Rotation {
  /** Reloads now; reports a failure on stderr and tells `notify` either way. */
  reload(): ReloadResult;
  close(): void;
}

/**
 * Keeps a target's known secrets in step with its source's file and directory: watched (unless `watch` is
 * false) and reloadable on demand. A failed reload keeps the previous set, so a rotation that leaves the file
 * briefly missing or half-written never leaves the output unprotected.
 */
export function startRotation(
  target: ReloadTarget,
  source: Pick<KnownSecretsSource, 'watched'>,
  watch: boolean,
  notify: (result: ReloadResult) => void = () => {},
  warn: (message: string) => void = (message) => process.stderr.write(message),
): Rotation {
  const watched = source.watched;
  const reload = (): ReloadResult => {
    const result = target.reloadKnownSecrets();
    if (!result.ok && watched.length > 0) {
      // The paths and an error code only: neither the content nor the engine's message reach stderr.
      const names = watched.map((entry) => `${entry.kind === 'file' ? 'file' : 'directory'} ${entry.path}`).join(' and ');
      warn(`logveil: known secrets ${names} not reloaded (${result.reason}); keeping the previous ${result.secrets} secrets\n`);
    }
    notify(result);
    return result;
  };
  const watchers: FileWatch[] = watch
    ? watched.map((entry) => (entry.kind === 'file' ? watchPath(entry.path, reload) : watchDirectory(entry.path, reload)))
    : [];
  return {
    reload,
    close: () => {
      for (const watcher of watchers) watcher.close();
    },
  };
}
