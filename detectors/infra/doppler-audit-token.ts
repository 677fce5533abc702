import { defineDetector } from '../../src/engine/detector.js';
import { dopplerBodyValid, dopplerNegatives, dopplerPattern, dopplerToken } from '../lib/doppler.js';

export default defineDetector({
  id: 'doppler-audit-token',
  description:
    'Doppler audit token (dp.audit.), read access to the workplace audit log: ' +
    'dp.audit. + a 40-44 character base62 body',
  category: 'secret',
  keywords: ['dp.audit.'],
  pattern: dopplerPattern('audit'),
  validate: dopplerBodyValid,
  samples: {
    positive: [
      dopplerToken('audit', 'doppler-audit-1'),
      `DOPPLER_TOKEN=${dopplerToken('audit', 'doppler-audit-2')}`,
      `curl -u ${dopplerToken('audit', 'doppler-audit-3')}: https://api.doppler.com/v3/me`,
    ],
    negative: dopplerNegatives('audit', 'doppler-audit-neg'),
  },
});
