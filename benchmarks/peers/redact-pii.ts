import { SyncRedactor } from 'redact-pii';
import { installed, literal, perStringValue } from './types.js';
import type { PeerAdapter, PeerOptions } from './types.js';

/**
 * redact-pii's SyncRedactor (its API takes text only) on each string value of the parsed line, plain text whole:
 * on the raw line its phone rule rewrites pino's `time` (`"time":PHONE_NUMBER0`) and breaks every JSON line.
 * The built-in `digits` (any 4+ digit run) and `url` (every URL) rules are turned off: with them on, every
 * timestamp, id and URL in a message is erased, which no one running it on logs would keep. Names, emails, phones,
 * cards, SSNs, addresses, IPs, usernames, passwords and credentials stay on; the registered secrets are added as
 * literal `before` patterns. `mode: 'line'` runs it on the raw line instead.
 */
export function redactPii({ knownSecrets }: PeerOptions, mode: 'strings' | 'line' = 'strings'): PeerAdapter {
  const redactor = new SyncRedactor({
    builtInRedactors: { digits: { enabled: false }, url: { enabled: false } },
    customRedactors: { before: knownSecrets.map((secret) => ({ regexpPattern: literal(secret), replaceWith: 'SECRET' })) },
  });
  const options = 'new SyncRedactor({ builtInRedactors: { digits: off, url: off }, customRedactors: { before: known secrets as literal patterns } })';
  return {
    name: mode === 'strings' ? 'redact-pii' : 'redact-pii (raw line)',
    package: installed('redact-pii'),
    configuration: mode === 'strings' ? `${options}; .redact() on each string value of the parsed line` : `${options}.redact(line)`,
    takesKnownSecrets: true,
    redactLine: mode === 'strings' ? (line) => perStringValue(line, redactor.redact) : (line) => redactor.redact(line),
  };
}
