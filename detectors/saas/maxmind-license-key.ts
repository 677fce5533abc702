import { bareTokenDetector } from '../lib/bare-token.js';
import { ALNUM, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

const key = (seed: string): string => `${fake(`${seed}-a`, 6, ALNUM)}_${fake(`${seed}-b`, 29, ALNUM)}_mmk`;

/** MaxMind's license keys since 2024: 6 alphanumerics, `_`, 29 alphanumerics, and the suffix `_mmk`. */
export default bareTokenDetector({
  id: 'maxmind-license-key',
  description: 'MaxMind license key (GeoIP downloads and web services): 6 + _ + 29 alphanumeric characters + _mmk',
  keywords: ['_mmk'],
  token: '[0-9A-Za-z]{6}_[0-9A-Za-z]{29}_mmk',
  make: key,
  validate: (secret) => randomMixedCase(secret.slice(0, 6) + secret.slice(7, 36)),
  contexts: ['MAXMIND_LICENSE_KEY={}', 'LicenseKey {}', 'https://download.maxmind.com/app/geoip_download?edition_id=GeoLite2-City&license_key={}&suffix=tar.gz'],
  negatives: [`${'x'.repeat(6)}_${'x'.repeat(29)}_mmk`, `${fake('mm-short', 6, ALNUM)}_${fake('mm-short-b', 20, ALNUM)}_mmk`, 'YOUR_LICENSE_KEY_mmk'],
});
