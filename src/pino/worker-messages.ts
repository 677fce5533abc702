import { isMainThread, parentPort } from 'node:worker_threads';
import type { ReloadResult } from '../sources/known-secrets-source.js';

/** The message that makes every logveil transport in a worker reload its known-secrets file. */
export const RELOAD_KNOWN_SECRETS = 'LOGVEIL_RELOAD_KNOWN_SECRETS';
/** Emitted on the pino transport stream (and on an in-process stream) after each reload, with a ReloadResult. */
export const KNOWN_SECRETS_EVENT = 'logveil:known-secrets';

/** What `pino.transport()` returns, as far as messaging goes (thread-stream forwards `message` events). */
export interface MessageTarget {
  emit(event: 'message', message: unknown): unknown;
}

/**
 * Asks the transport's worker to reload the known-secrets file now, without waiting for the file watch.
 * thread-stream posts a `message` event of the stream to the worker; listen for `logveil:known-secrets`
 * on the same stream to learn the outcome.
 */
export function reloadKnownSecrets(transport: MessageTarget): void {
  transport.emit('message', { code: RELOAD_KNOWN_SECRETS });
}

/** In a transport worker, runs `reload` on each reload message. Returns the function that stops listening. */
export function listenForReload(reload: () => void): () => void {
  const port = parentPort;
  if (isMainThread || port === null) return () => {};
  const onMessage = (message: unknown): void => {
    if ((message as { code?: unknown } | null)?.code === RELOAD_KNOWN_SECRETS) reload();
  };
  port.on('message', onMessage);
  return () => port.off('message', onMessage);
}

/** In a transport worker, tells the main thread's stream what a reload did (thread-stream's `EVENT` message). */
export function postReloadResult(result: ReloadResult): void {
  if (isMainThread || parentPort === null) return;
  parentPort.postMessage({ code: 'EVENT', name: KNOWN_SECRETS_EVENT, args: [result] });
}
