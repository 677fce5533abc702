import { defineDetector } from '../../src/engine/detector.js';
import { HARD_NEGATIVES } from '../lib/hard-negatives.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';

/**
 * A JSON Web Token that was base64-encoded once more, as Kubernetes secrets, config maps and some SDK caches store
 * it: the base64 of `eyJ` is `ZXlK`. The text must decode to two JSON segments (`eyJ….eyJ…`, header and payload)
 * joined by a dot; the header needs no `alg`, so tokens with unusual headers are still found.
 */
function decodesToJwt(secret: string): boolean {
  const usable = secret.replace(/=+$/, '');
  const text = Buffer.from(usable.slice(0, usable.length - (usable.length % 4)), 'base64').toString('latin1');
  return /^eyJ[A-Za-z0-9_-]{2,}\.eyJ[A-Za-z0-9_-]{2,}/.test(text);
}

const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (seed: string, header: object): string =>
  `${part(header)}.${part({ sub: fake(`${seed}-sub`, 10), iss: 'https://auth.example.com', exp: 1732374000 })}.${fake(`${seed}-sig`, 43, BASE64URL)}`;
const encoded = (seed: string, header: object = { alg: 'RS256', typ: 'JWT' }): string =>
  Buffer.from(jwt(seed, header)).toString('base64');

export default defineDetector({
  id: 'jwt-base64',
  description:
    'Base64-encoded JSON Web Token (ZXlK…, as stored in Kubernetes secrets and config): it must decode to eyJ….eyJ…, a ' +
    'JSON header and payload',
  category: 'secret',
  trigger: String.raw`ZXlK[A-Za-z0-9+/]{40}`,
  pattern: String.raw`${TOKEN_START}(?P<secret>ZXlK[A-Za-z0-9+/]{40,}={0,2})`,
  validate: decodesToJwt,
  samples: {
    positive: [
      encoded('jb-1'),
      `  token: ${encoded('jb-2', { kid: fake('jb-kid', 12), alg: 'ES256' })}`,
      `"id-token":"${encoded('jb-3', { key_ops: ['verify'] })}"`,
    ],
    negative: [
      ...HARD_NEGATIVES,
      Buffer.from(`eyJhbGciOiJIUzI1NiJ9 is the header of ${fake('jb-n1', 20)}`).toString('base64'),
      Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', note: fake('jb-n2', 30) })).toString('base64'),
      `ZXlK${'x'.repeat(60)}`,
    ],
  },
});
