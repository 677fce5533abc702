import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';
import { randomAlnum, randomMixedCase } from '../lib/token-shape.js';

const key = (seed: string): string => `fw_${fake(seed, 33)}`;

export default defineDetector({
  id: 'fireworks-api-key',
  description: 'Fireworks AI API key: fw_ + a base62 body (about 33 characters seen; 20 to 48 accepted, mixed case and digits)',
  category: 'secret',
  keywords: ['fw_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>fw_[A-Za-z0-9]{20,48})\b`,
  // fw_ is also a common identifier prefix (fw_version, fw_UpdateImage): the body must look random.
  validate: (secret) => randomMixedCase(secret.slice(3)) && randomAlnum(secret.slice(3)),
  samples: {
    positive: [key('fireworks-1'), `FIREWORKS_API_KEY=${key('fireworks-2')}`, `Authorization: Bearer ${key('fireworks-3')}`],
    negative: [
      'FIREWORKS_API_KEY=fw_xxxxxxxxxxxxxxxxxxxxxxxx',
      'fw_your_fireworks_key',
      'fw_UpdateFirmwareImageForDevice',
      'fw_versionnumberofthedevicefirmware',
      `fw_${fake('fireworks-short', 12)}`,
      '${FIREWORKS_API_KEY}',
    ],
  },
});
