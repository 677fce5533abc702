import { defineDetector } from '../../src/engine/detector.js';
import { dopplerBodyValid, dopplerNegatives, dopplerPattern, dopplerToken } from '../lib/doppler.js';

export default defineDetector({
  id: 'doppler-scim-token',
  description:
    'Doppler SCIM token (dp.scim.), used by identity providers to provision users: ' +
    'dp.scim. + a 40-44 character base62 body',
  category: 'secret',
  keywords: ['dp.scim.'],
  pattern: dopplerPattern('scim'),
  validate: dopplerBodyValid,
  samples: {
    positive: [
      dopplerToken('scim', 'doppler-scim-1'),
      `DOPPLER_TOKEN=${dopplerToken('scim', 'doppler-scim-2')}`,
      `curl -u ${dopplerToken('scim', 'doppler-scim-3')}: https://api.doppler.com/v3/me`,
    ],
    negative: dopplerNegatives('scim', 'doppler-scim-neg'),
  },
});
