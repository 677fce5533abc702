import { KnownSecretsSource } from './known-secrets-source.js';
import { startRotation } from './rotation.js';
import type { KnownSecrets } from '../engine/known-secrets.js';
import type { KnownSecretsSourceOptions, ReloadResult } from './known-secrets-source.js';
import type { Rotation } from './rotation.js';

export interface LiveKnownSecretsOptions extends KnownSecretsSourceOptions {
  /** Told about every reload (counts and error codes only). */
  readonly onReload?: (result: ReloadResult) => void;
}

/**
 * Fills a matcher that is already in use (`redactor.knownSecrets`) from a file, a directory and the
 * environment, and keeps it in step with them: each successful reload swaps the new set in place
 * (`KnownSecrets.replaceWith`), so every door sharing that redactor (OTel processors, your own calls) sees it
 * at once, with no restart and no new redactor. A failed reload keeps the previous set. The first load throws
 * a LogveilError naming the file or directory at fault. Call `close()` to stop watching.
 */
export function keepKnownSecretsLoaded(matcher: KnownSecrets, options: LiveKnownSecretsOptions): Rotation {
  const source = new KnownSecretsSource(options);
  matcher.replaceWith(source.load());
  const target = {
    reloadKnownSecrets: (): ReloadResult => {
      const { matcher: fresh, reason } = source.reload();
      if (fresh === undefined) return { ok: false, reason: reason ?? 'unknown', secrets: matcher.size };
      matcher.replaceWith(fresh);
      return { ok: true, secrets: matcher.size };
    },
  };
  return startRotation(target, source, options.watchKnownSecrets ?? true, options.onReload);
}
