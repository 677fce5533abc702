import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64, HEX, fake } from '../lib/sample.js';

/**
 * A whole Google Cloud service-account key file, base64-encoded as CI systems and Kubernetes secrets pass it
 * (GOOGLE_CREDENTIALS, GCP_SA_KEY). The keywords are `service_account` base64-encoded at each of the three byte
 * alignments; the blob must start like a JSON object (`{"` is `ey`, `{` + newline is `ew`) and decode to one whose
 * type is service_account. A blob accepted that way holds `service_account` encoded, so one of the keywords.
 */
function serviceAccount(secret: string): boolean {
  const text = Buffer.from(secret.slice(0, 400), 'base64').toString('latin1');
  return /^\{\s*"/.test(text) && /"type"\s*:\s*"service_account"/.test(text);
}

const keyFile = (seed: string, indent?: number): string =>
  Buffer.from(
    JSON.stringify(
      {
        type: 'service_account',
        project_id: 'acme-prod',
        private_key_id: fake(`${seed}-id`, 40, HEX),
        private_key: `-----BEGIN PRIVATE KEY-----\n${fake(`${seed}-key`, 1600, BASE64)}\n-----END PRIVATE KEY-----\n`,
        client_email: 'deployer@acme-prod.iam.gserviceaccount.com',
      },
      null,
      indent,
    ),
  ).toString('base64');

export default defineDetector({
  id: 'gcp-service-account-base64',
  description:
    'Google Cloud service-account key file encoded in base64 (GOOGLE_CREDENTIALS, GCP_SA_KEY): a JSON object whose ' +
    '"type" is "service_account"; the whole blob is redacted',
  category: 'secret',
  keywords: ['c2VydmljZV9hY2NvdW50', 'NlcnZpY2VfYWNjb3VudC', 'zZXJ2aWNlX2FjY291bnQ'],
  pattern: String.raw`${TOKEN_START}(?P<secret>e[wy][A-Za-z0-9+/]{300,}={0,2})(?:[^A-Za-z0-9+/=]|$)`,
  validate: serviceAccount,
  samples: {
    positive: [keyFile('gcp-b64-1'), `GOOGLE_CREDENTIALS=${keyFile('gcp-b64-2', 2)}`, `"gcpKey":"${keyFile('gcp-b64-3', 1)}"`],
    negative: [
      Buffer.from(JSON.stringify({ type: 'authorized_user', note: 'service_account', pad: fake('gcp-b64-n1', 300) })).toString('base64'),
      Buffer.from(JSON.stringify({ type: 'external_account', audience: fake('gcp-b64-n2', 300) })).toString('base64'),
      `service_account c2VydmljZV9hY2NvdW50 ${fake('gcp-b64-n3', 400, BASE64)}`,
      'GOOGLE_CREDENTIALS=${GCP_SA_KEY_B64}',
    ],
  },
});
