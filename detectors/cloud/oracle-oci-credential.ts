import { defineDetector } from '../../src/engine/detector.js';
import { classes, isPlaceholder, looksFake } from '../lib/checks.js';
import { afterKey } from '../lib/context.js';
import { BASE64, fake } from '../lib/sample.js';

/**
 * Oracle Cloud (OCI) secrets have no prefix: auth tokens (20 random printable characters, used for Docker and Swift),
 * customer secret keys (44 base64, S3 compatibility), API-key passphrases. They are recognised after OCI key names:
 * OCI_AUTH_TOKEN, OCI_CLI_AUTH_TOKEN, oci_secret_key, OCI_CUSTOMER_SECRET_KEY, pass_phrase / OCI_CLI_PASSPHRASE,
 * oracle_auth_token. The API signing key itself is a PEM block, which the private-key detector finds.
 */
const KEY = String.raw`(?i:(?:oci|oracle)[_-]?(?:cli[_-]?|cloud[_-]?)?(?:auth[_-]?token|(?:customer[_-]?)?secret[_-]?(?:access[_-]?)?key|pass[_-]?phrase|private[_-]?key[_-]?(?:password|passphrase)|key[_-]?passphrase|api[_-]?key[_-]?passphrase|registry[_-]?password|password))`;
const CHARS = String.raw`+A-Za-z0-9_~!#$%()*,./:;<=>@\[\]^{|}?-`;

export default defineDetector({
  id: 'oracle-oci-credential',
  description:
    'Oracle Cloud (OCI) auth token, customer secret key or API key passphrase after its key name: OCI_AUTH_TOKEN, ' +
    'OCI_CLI_AUTH_TOKEN, oci_secret_key, OCI_CUSTOMER_SECRET_KEY, OCI_CLI_PASSPHRASE, oracle_auth_token',
  category: 'secret',
  keywords: ['oci_', 'oci-', 'ocicli', 'oracle'],
  pattern: afterKey(KEY, `[${CHARS}]{8,128}`, CHARS),
  validate: (secret) => {
    const value = secret.replace(/[,.;:)\]}]+$/, '');
    return value.length >= 8 && classes(value).count >= 2 && !isPlaceholder(value) && !looksFake(value);
  },
  priority: 20,
  samples: {
    positive: [
      `OCI_AUTH_TOKEN=${fake('oci-1', 20, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789#(;:_-')}`,
      `oci_customer_secret_key: ${fake('oci-2', 43, BASE64)}=`,
      `"oracle_auth_token": "${fake('oci-3', 20)}"`,
      `OCI_CLI_PASSPHRASE=${fake('oci-4', 16)}`,
    ],
    negative: [
      'OCI_AUTH_TOKEN=${OCI_AUTH_TOKEN}',
      'oci_secret_key: <your-customer-secret-key>',
      'OCI_CLI_PASSPHRASE=changeme',
      'oci_auth_token_expiry=2025-01-01T00:00:00Z',
      'OCI_AUTH_TOKEN=********',
    ],
  },
});
