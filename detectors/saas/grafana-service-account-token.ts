import { defineDetector } from '../../src/engine/detector.js';
import { crc32 } from '../../src/validators/crc32.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';

/**
 * Service account tokens: glsa_ + 32 alphanumeric characters + _ + 8 hex characters, the CRC32 (IEEE) of
 * `glsa_<32 characters>` as four little-endian bytes in hex.
 */
function checksum(key: string): string {
  const value = crc32(key);
  return [0, 8, 16, 24].map((shift) => ((value >>> shift) & 0xff).toString(16).padStart(2, '0')).join('');
}

const token = (seed: string): string => {
  const key = `glsa_${fake(seed, 32)}`;
  return `${key}_${checksum(key)}`;
};
const first = token('grafana-sa-1');
const badChecksum = first.slice(0, -1) + (first.endsWith('0') ? '1' : '0');

export default defineDetector({
  id: 'grafana-service-account-token',
  description: 'Grafana service account token: glsa_ + 32 alphanumeric characters + _ + 8-hex CRC32 checksum (verified)',
  category: 'secret',
  keywords: ['glsa_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>glsa_[A-Za-z0-9]{32}_[0-9a-f]{8})\b`,
  validate: (secret) => !looksFake(secret.slice(5, 37)) && checksum(secret.slice(0, 37)) === secret.slice(38),
  samples: {
    positive: [first, `GRAFANA_TOKEN=${token('grafana-sa-2')}`, `'Authorization': 'Bearer ${token('grafana-sa-3')}'`],
    negative: [
      badChecksum,
      'glsa_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_AAAAAAAA',
      `glsa_${fake('grafana-sa-short', 20)}_${checksum('x')}`,
      'glsa_<service-account-token>',
      '${GRAFANA_TOKEN}',
    ],
  },
});
