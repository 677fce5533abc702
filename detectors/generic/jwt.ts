import { defineDetector } from '../../src/engine/detector.js';
import { decodeBase64 } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';

const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (seed: string, header: object = { alg: 'HS256', typ: 'JWT' }): string =>
  `${part(header)}.${part({ sub: fake(`${seed}-sub`, 12), iat: 1700000000, scope: 'read' })}.${fake(`${seed}-sig`, 43, BASE64URL)}`;

/** The header must decode to a JSON object naming the algorithm or the type, as every JWS/JWT header does. */
function jwtHeader(secret: string): boolean {
  const header = decodeBase64(secret.slice(0, secret.indexOf('.')), true);
  if (header === undefined) return false;
  try {
    const parsed: unknown = JSON.parse(header.toString('utf8'));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return false;
    const fields = parsed as Record<string, unknown>;
    return typeof fields.alg === 'string' || typeof fields.typ === 'string';
  } catch {
    return false;
  }
}

export default defineDetector({
  id: 'jwt',
  description:
    'JSON Web Token: three base64url segments (header starting eyJ, payload, signature that may be empty for alg "none"); ' +
    'the header must decode to JSON with "alg" or "typ"',
  category: 'secret',
  keywords: ['eyJ'],
  pattern: String.raw`${TOKEN_START}(?P<secret>eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*)`,
  validate: jwtHeader,
  samples: {
    positive: [
      token('jwt-1'),
      `Authorization: Bearer ${token('jwt-2', { alg: 'RS256', kid: fake('jwt-kid', 16) })}`,
      `id_token=${token('jwt-3', { typ: 'JWT', alg: 'ES256' })}`,
      `${part({ alg: 'none' })}.${part({ sub: fake('jwt-4', 8) })}.`,
    ],
    negative: [
      `${part({ foo: 'bar' })}.${part({ sub: '1' })}.${fake('jwt-n1', 43, BASE64URL)}`,
      `eyJ${'x'.repeat(20)}.eyJ${'x'.repeat(20)}.${'x'.repeat(20)}`,
      part({ alg: 'HS256', typ: 'JWT' }),
      `${part({ alg: 'HS256' })}`.replace('eyJ', 'eyK') + `.${part({ a: 1 })}.sig`,
      'eyJhbGciOi...',
    ],
  },
});
