import { defineDetector } from '../../src/engine/detector.js';
import { BECH32_ALPHABET, bech32Valid, withBech32Checksum } from '../lib/bech32.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';

/**
 * An age identity: Bech32 with human-readable part `AGE-SECRET-KEY-` (`AGE-SECRET-KEY-PQ-` for the post-quantum
 * hybrid keys), printed in uppercase; X25519 keys carry 52 data characters and a 6-character checksum. The checksum
 * is verified.
 */
const key = (seed: string): string => withBech32Checksum('age-secret-key-', fake(seed, 52, BECH32_ALPHABET)).toUpperCase();
const first = key('age-1');
const badChecksum = first.slice(0, -1) + (first.endsWith('Q') ? 'P' : 'Q');

export default defineDetector({
  id: 'age-secret-key',
  description:
    'age secret key (identity): AGE-SECRET-KEY-1 + uppercase Bech32 data and checksum (also AGE-SECRET-KEY-PQ-1); ' +
    'the Bech32 checksum is verified',
  category: 'secret',
  keywords: ['age-secret-key-'],
  pattern: String.raw`${TOKEN_START}(?P<secret>AGE-SECRET-KEY-(?:PQ-)?1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58,})\b`,
  validate: bech32Valid,
  samples: {
    positive: [
      first,
      `# created: 2024-11-23T10:00:00Z\n# public key: age1${fake('age-pub', 58, BECH32_ALPHABET)}\n${key('age-2')}`,
      `SOPS_AGE_KEY=${key('age-3')}`,
    ],
    negative: [
      badChecksum,
      'AGE-SECRET-KEY-1' + 'Q'.repeat(58),
      first.slice(0, -8),
      first.toLowerCase().replace('age-secret-key-1', 'age1'),
      'AGE-SECRET-KEY-1XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
    ],
  },
});
