import { defineDetector } from '../../src/engine/detector.js';
import { decodeBase64 } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, LOWER, fake } from '../lib/sample.js';

/**
 * Supabase's legacy service_role key is a JWT (HS256) whose payload says `"role": "service_role"` (and `"iss":
 * "supabase"`); it bypasses Row Level Security. Any JWT is redacted by the jwt detector; this one decodes the payload
 * and, for service-role keys, names the finding and wins the overlap. The anon key (`"role": "anon"`) is public by
 * design and is left to the jwt detector.
 */
function serviceRole(secret: string): boolean {
  const [header, payload] = secret.split('.');
  if (header === undefined || payload === undefined) return false;
  const decoded = decodeBase64(payload, true);
  if (decoded === undefined) return false;
  try {
    const claims: unknown = JSON.parse(decoded.toString('utf8'));
    return typeof claims === 'object' && claims !== null && (claims as Record<string, unknown>).role === 'service_role';
  } catch {
    return false;
  }
}

const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const key = (seed: string, role = 'service_role'): string =>
  `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ iss: 'supabase', ref: fake(`${seed}-ref`, 20, LOWER), role, iat: 1700000000, exp: 2015576000 })}.${fake(`${seed}-sig`, 43, BASE64URL)}`;

export default defineDetector({
  id: 'supabase-service-role-key',
  description:
    'Supabase service_role key (legacy): a JWT whose payload has "role": "service_role"; the payload is decoded and checked',
  category: 'secret',
  keywords: ['eyJ'],
  pattern: String.raw`${TOKEN_START}(?P<secret>eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,})`,
  validate: serviceRole,
  priority: 55,
  samples: {
    positive: [
      key('supabase-sr-1'),
      `SUPABASE_SERVICE_ROLE_KEY=${key('supabase-sr-2')}`,
      `createClient(url, "${key('supabase-sr-3')}")`,
    ],
    negative: [
      key('supabase-sr-anon', 'anon'),
      key('supabase-sr-auth', 'authenticated'),
      `${part({ alg: 'HS256' })}.${part({ sub: 'service_role' })}`,
      'SUPABASE_SERVICE_ROLE_KEY=${SUPABASE_SERVICE_ROLE_KEY}',
    ],
  },
});
