import { defineDetector } from '../../src/engine/detector.js';
import { dopplerBodyValid, dopplerNegatives, dopplerPattern, dopplerToken } from '../lib/doppler.js';

export default defineDetector({
  id: 'doppler-service-account-token',
  description:
    'Doppler service account token (dp.sa.), a workplace-level machine identity: ' +
    'dp.sa. + a 40-44 character base62 body',
  category: 'secret',
  keywords: ['dp.sa.'],
  pattern: dopplerPattern('sa'),
  validate: dopplerBodyValid,
  samples: {
    positive: [
      dopplerToken('sa', 'doppler-sa-1'),
      `DOPPLER_TOKEN=${dopplerToken('sa', 'doppler-sa-2')}`,
      `curl -u ${dopplerToken('sa', 'doppler-sa-3')}: https://api.doppler.com/v3/me`,
    ],
    negative: dopplerNegatives('sa', 'doppler-sa-neg'),
  },
});
