import { defineDetector } from '../../src/engine/detector.js';
import { decodeBase64 } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { ALNUM, BASE64URL, HEX, fake } from '../lib/sample.js';

/**
 * `ops_` + the base64url encoding of a JSON object (sign-in address, user auth parameters, email, SRP-x, the
 * encrypted master unlock key...), several hundred characters in all. The first 60 characters after `ops_` must
 * decode to the start of a JSON object: `{"key":`.
 */
function jsonBody(secret: string): boolean {
  const head = decodeBase64(secret.slice(4, 64), true);
  return head !== undefined && /^\{\s*"[A-Za-z_]+"\s*:/.test(head.toString('latin1'));
}

const token = (seed: string): string =>
  'ops_' +
  Buffer.from(
    JSON.stringify({
      signInAddress: 'my.1password.com',
      userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: fake(`${seed}-salt`, 22, BASE64URL) },
      email: `${fake(`${seed}-mail`, 13, 'abcdefghijklmnopqrstuvwxyz0123456789')}@1passwordserviceaccounts.com`,
      srpX: fake(`${seed}-srp`, 64, HEX),
      muk: { alg: 'A256GCM', ext: true, k: fake(`${seed}-k`, 43, BASE64URL), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' },
      secretKey: `A3-${fake(`${seed}-sk`, 6, ALNUM.slice(0, 36))}`,
      throttleSecret: { seed: fake(`${seed}-ts`, 64, HEX), uuid: fake(`${seed}-uuid`, 26, ALNUM.slice(0, 36)) },
      deviceUuid: fake(`${seed}-dev`, 26, 'abcdefghijklmnopqrstuvwxyz0123456789'),
    }),
  ).toString('base64url');

export default defineDetector({
  id: '1password-service-account-token',
  description:
    '1Password service account token: ops_ + base64url-encoded JSON (sign-in address, auth parameters, keys), ' +
    'checked by decoding the start of the body',
  category: 'secret',
  keywords: ['ops_eyj'],
  pattern: String.raw`${TOKEN_START}(?P<secret>ops_eyJ[A-Za-z0-9_+/-]{100,}={0,2})`,
  validate: jsonBody,
  samples: {
    positive: [
      token('op-sa-1'),
      `export OP_SERVICE_ACCOUNT_TOKEN=${token('op-sa-2')}`,
      `"sourceContent": "${token('op-sa-3')}"`,
    ],
    negative: [
      'ops_eyJ' + 'x'.repeat(300),
      'export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6...',
      'serviceAccountToken: ops_eyJzaWduSW5B..[Redacted]',
      `ops_eyJ${fake('op-sa-garbage', 200, 'ghijklmnopqrstuvwxyz')}`,
      '${OP_SERVICE_ACCOUNT_TOKEN}',
    ],
  },
});
