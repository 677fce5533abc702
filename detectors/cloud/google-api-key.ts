import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { ALNUM, BASE64URL, fake } from '../lib/sample.js';

const key = (seed: string): string => 'AIza' + fake(seed, 35, BASE64URL);

export default defineDetector({
  id: 'google-api-key',
  description: 'Google API key (Maps, Gemini, Firebase...): AIza + 35 base64url characters, 39 in all',
  category: 'secret',
  keywords: ['AIza'],
  // A key starts a token: `AIza` in the middle of a longer base64 run (`…bTJAIzaTesb…`) is part of that run. The
  // scanner resumes at the end of an accepted key, so the character after one key may still start the next.
  pattern: String.raw`${TOKEN_START}(?P<secret>AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|$)`,
  validate: (secret) => !looksFake(secret.slice(4)),
  samples: {
    positive: [
      key('google-1'),
      `https://maps.googleapis.com/maps/api/geocode/json?address=x&key=${key('google-2')}`,
      `GEMINI_API_KEY=${key('google-3')}`,
      `keys=${key('google-4')},${key('google-5')}`,
    ],
    negative: [
      'AIza' + 'X'.repeat(35),
      'AIza' + fake('google-short', 30, BASE64URL),
      'AIza' + fake('google-long', 40, BASE64URL),
      'AIzaSy<your-api-key>',
      `${fake('google-run', 40, ALNUM)}${key('google-6')}`,
    ],
  },
});
