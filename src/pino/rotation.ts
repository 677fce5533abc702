import { watchPath } from './watch-file.js';
import type { ReloadResult } from './known-secrets-source.js';
import type { LineScrubber } from './line-scrubber.js';
import type { FileWatch } from './watch-file.js';

export interface Rotation {
  /** Reloads now; reports a failure on stderr and tells `notify` either way. */
  reload(): ReloadResult;
  close(): void;
}

/**
 * Keeps a scrubber's known secrets in step with its file: watched (unless `watch` is false) and reloadable
 * on demand. A failed reload keeps the previous set, so a rotation that leaves the file briefly missing or
 * half-written never leaves the log unprotected.
 */
export function startRotation(
  scrubber: LineScrubber,
  file: string | undefined,
  watch: boolean,
  notify: (result: ReloadResult) => void,
): Rotation {
  const reload = (): ReloadResult => {
    const result = scrubber.reloadKnownSecrets();
    if (!result.ok && file !== undefined) {
      // The path and an error code only: neither the file's content nor the engine's message reach stderr.
      process.stderr.write(
        `logveil: known secrets file ${file} not reloaded (${result.reason}); keeping the previous ${result.secrets} secrets\n`,
      );
    }
    notify(result);
    return result;
  };
  const watcher: FileWatch | undefined = file !== undefined && watch ? watchPath(file, reload) : undefined;
  return {
    reload,
    close: () => watcher?.close(),
  };
}
