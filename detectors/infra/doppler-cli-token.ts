import { defineDetector } from '../../src/engine/detector.js';
import { dopplerBodyValid, dopplerNegatives, dopplerPattern, dopplerToken } from '../lib/doppler.js';

export default defineDetector({
  id: 'doppler-cli-token',
  description: 'Doppler CLI token (dp.ct.), written by `doppler login`: dp.ct. + a 40-44 character base62 body',
  category: 'secret',
  keywords: ['dp.ct.'],
  pattern: dopplerPattern('ct'),
  validate: dopplerBodyValid,
  samples: {
    positive: [
      dopplerToken('ct', 'doppler-ct-1'),
      `DOPPLER_TOKEN=${dopplerToken('ct', 'doppler-ct-2')}`,
      `curl -u ${dopplerToken('ct', 'doppler-ct-3')}: https://api.doppler.com/v3/me`,
    ],
    negative: dopplerNegatives('ct', 'doppler-ct-neg'),
  },
});
