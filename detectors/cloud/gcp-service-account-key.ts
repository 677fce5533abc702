import { defineDetector } from '../../src/engine/detector.js';
import { ASSIGN } from '../lib/patterns.js';
import { BASE64, HEX, fake } from '../lib/sample.js';

/**
 * The `private_key` field of a Google Cloud service-account key file (`"type": "service_account"`): a PKCS#8 PEM
 * block with JSON-escaped newlines. The generic private-key detector finds the block too; this one names it and wins
 * the overlap. Like there, the body runs over base64, whitespace and escape sequences, and the END line is optional
 * so that a key cut short by a log line is still redacted.
 */
const BODY = String.raw`(?:[A-Za-z0-9+/=\s\\]|-[A-Za-z0-9])*`;

/** At least 40 characters of base64 key material once the BEGIN/END lines and escapes are removed. */
function hasKeyMaterial(secret: string): boolean {
  const material = secret
    .slice(0, 400)
    .replace(/-----(?:BEGIN|END) PRIVATE KEY-----/g, '')
    .replace(/\\+[nrt]/g, '')
    .replace(/[^A-Za-z0-9+/]/g, '');
  return material.length >= 40 && new Set(material).size >= 16;
}

const pem = (seed: string, lines: number): string =>
  [
    '-----BEGIN PRIVATE KEY-----',
    ...Array.from({ length: lines }, (_, i) => fake(`${seed}-${i}`, 64, BASE64)),
    '-----END PRIVATE KEY-----',
    '',
  ].join('\n');

const keyFile = (seed: string): string =>
  JSON.stringify({
    type: 'service_account',
    project_id: 'acme-prod',
    private_key_id: fake(`${seed}-id`, 40, HEX),
    private_key: pem(seed, 4),
    client_email: 'agent@acme-prod.iam.gserviceaccount.com',
  });

export default defineDetector({
  id: 'gcp-service-account-key',
  description:
    'Google Cloud service-account private key: the PKCS#8 PEM value of "private_key" in a service-account JSON key ' +
    'file, with escaped or real newlines, up to its END line (or the end of a truncated body)',
  category: 'secret',
  keywords: ['private_key'],
  pattern: String.raw`private_key${ASSIGN}(?P<secret>-----BEGIN PRIVATE KEY-----${BODY}(?:-----END PRIVATE KEY-----)?)`,
  validate: hasKeyMaterial,
  priority: 55,
  samples: {
    positive: [
      keyFile('gcp-sa-1'),
      `GOOGLE_CREDENTIALS=${keyFile('gcp-sa-2')}`,
      `"private_key": ${JSON.stringify(pem('gcp-sa-3', 2)).slice(0, 120)}`,
    ],
    negative: [
      `{"type": "service_account", "private_key_id": "${fake('gcp-sa-n1', 40, HEX)}", "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"}`,
      '"private_key": "${GCP_PRIVATE_KEY}"',
      `"private_key_id": "${fake('gcp-sa-n2', 40, HEX)}"`,
      '"private_key": "-----BEGIN PRIVATE KEY-----\\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\n-----END PRIVATE KEY-----"',
    ],
  },
});
