import { defineDetector } from '../../src/engine/detector.js';
import { plausibleEncoded } from '../lib/encoded.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64, fake } from '../lib/sample.js';

/**
 * Fly.io macaroon tokens (deploy, org and user tokens since 2023): `fm1a_`, `fm1r_` or `fm2_` + a long base64
 * macaroon, often several joined by commas and sent as `FlyV1 fm2_…,fm2_…`. All the macaroons are redacted.
 * The binary macaroons hold runs such as `AAAAAAAA`, so fakes are told by few distinct characters or `xxxx`.
 */
const MACAROON = String.raw`fm(?:1[ar]|2)_[A-Za-z0-9+/]{50,}={0,2}`;

function plausible(secret: string): boolean {
  return plausibleEncoded(secret.slice(secret.indexOf('_') + 1, 400), 20);
}

const macaroon = (seed: string, prefix = 'fm2_'): string => `${prefix}lJPE${fake(seed, 320, BASE64)}`;

export default defineDetector({
  id: 'flyio-macaroon-token',
  description:
    'Fly.io macaroon token (deploy, org or user token): fm2_ / fm1a_ / fm1r_ + base64, possibly several joined by ' +
    'commas after the FlyV1 scheme',
  category: 'secret',
  keywords: ['fm2_', 'fm1a_', 'fm1r_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>${MACAROON}(?:,${MACAROON})*)`,
  validate: plausible,
  samples: {
    positive: [
      macaroon('fly-fm-1'),
      `FLY_API_TOKEN: FlyV1 ${macaroon('fly-fm-2')},${macaroon('fly-fm-3')}`,
      `ENV FLY_API_TOKEN="FlyV1 ${macaroon('fly-fm-4', 'fm1r_')}"`,
      `Authorization: FlyV1 fm2_lJPECAAAAAAAAyZtxBD1${fake('fly-fm-5', 200, BASE64)}`,
    ],
    negative: [
      'FLY_API_TOKEN: FlyV1 fm2_' + 'x'.repeat(120),
      `fm2_${fake('fly-fm-short', 30, BASE64)}`,
      'FLY_API_TOKEN=${FLY_API_TOKEN}',
      'FlyV1 fm2_lJPE...',
      `fm3_${fake('fly-fm-v3', 120, BASE64)}`,
    ],
  },
});
