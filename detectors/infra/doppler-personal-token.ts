import { defineDetector } from '../../src/engine/detector.js';
import { dopplerBodyValid, dopplerNegatives, dopplerPattern, dopplerToken } from '../lib/doppler.js';

export default defineDetector({
  id: 'doppler-personal-token',
  description:
    'Doppler personal token (dp.pt.), issued to a user for the CLI and API: ' +
    'dp.pt. + a 40-44 character base62 body',
  category: 'secret',
  keywords: ['dp.pt.'],
  pattern: dopplerPattern('pt'),
  validate: dopplerBodyValid,
  samples: {
    positive: [
      dopplerToken('pt', 'doppler-pt-1'),
      `DOPPLER_TOKEN=${dopplerToken('pt', 'doppler-pt-2')}`,
      `curl -u ${dopplerToken('pt', 'doppler-pt-3')}: https://api.doppler.com/v3/me`,
    ],
    negative: dopplerNegatives('pt', 'doppler-pt-neg'),
  },
});
