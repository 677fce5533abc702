import redact from '@pinojs/redact';
import { installed, parseJsonLine } from './types.js';
import type { PeerAdapter } from './types.js';

/**
 * The key names a pino user lists in `redact.paths` for an agent or HTTP service: credentials in headers, request
 * bodies, configs and tool arguments. pino matches paths exactly (no key-name classifier, no value scan), so each
 * key is given at the top level and one level down (`*.key`: `headers.authorization`, `args.password`). Adding
 * `*.*.key` as well doubled the cost per line (17 → 34 µs) and caught nothing more on the benchmark corpus.
 */
export const PINO_KEYS: readonly string[] = [
  'authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'password',
  'passwd',
  'secret',
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'apiKey',
  'api_key',
  'client_secret',
  'clientSecret',
  'privateKey',
  'private_key',
];

const quoted = (key: string): string => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`);
const join = (prefix: string, key: string): string => (quoted(key).startsWith('[') ? `${prefix}${quoted(key)}` : `${prefix}.${key}`);

export const PINO_PATHS: readonly string[] = PINO_KEYS.flatMap((key) => [quoted(key), join('*', key)]);

/**
 * pino's built-in `redact` option, run by @pinojs/redact (what pino 10 uses internally). In a pino process it runs
 * while the record is serialized; a line that reaches a transport has to be parsed first, so the adapter parses,
 * redacts and serializes. Plain-text lines pass through: key paths need an object.
 */
export function pinoRedact(): PeerAdapter {
  const censor = redact({ paths: [...PINO_PATHS], censor: '[Redacted]', strict: false });
  return {
    name: 'pino redact (key paths)',
    package: `${installed('@pinojs/redact')} (pino 10's redact)`,
    configuration: `redact({ paths }) with ${PINO_PATHS.length} paths: ${PINO_KEYS.length} credential key names at depth 0 and 1 (authorization, cookie, x-api-key, password, token, apiKey, client_secret, ...)`,
    takesKnownSecrets: false,
    redactLine(line) {
      const record = parseJsonLine(line);
      if (record === undefined || record === null || typeof record !== 'object') return line;
      return censor(record) as string;
    },
  };
}
