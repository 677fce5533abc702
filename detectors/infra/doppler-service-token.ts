import { defineDetector } from '../../src/engine/detector.js';
import { dopplerBodyValid, dopplerNegatives, dopplerPattern, dopplerToken } from '../lib/doppler.js';
import { ALNUM, fake } from '../lib/sample.js';

export default defineDetector({
  id: 'doppler-service-token',
  description:
    'Doppler service token (dp.st.), read access to one config: dp.st. + an optional config name and `.` + a 40-44 ' +
    'character base62 body',
  category: 'secret',
  keywords: ['dp.st.'],
  pattern: dopplerPattern('st', true),
  validate: dopplerBodyValid,
  samples: {
    positive: [
      dopplerToken('st', 'doppler-st-1'),
      `dp.st.prd.${fake('doppler-st-2', 43, ALNUM)}`,
      `DOPPLER_TOKEN="dp.st.dev_personal.${fake('doppler-st-3', 43, ALNUM)}"`,
    ],
    negative: [...dopplerNegatives('st', 'doppler-st-neg'), 'dp.st.prd.${DOPPLER_SERVICE_TOKEN}'],
  },
});
