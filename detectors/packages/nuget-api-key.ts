import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';

/** NuGet.org API keys: `oy2` + 43 characters of lowercase base32 (a-z, 2-7), 46 in all. */
const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';

export default defineDetector({
  id: 'nuget-api-key',
  description: 'NuGet.org API key: oy2 + 43 lowercase base32 characters (a-z, 2-7)',
  category: 'secret',
  keywords: ['oy2'],
  pattern: String.raw`${TOKEN_START}(?P<secret>oy2[a-z2-7]{43})\b`,
  validate: (secret) => !looksFake(secret.slice(3)),
  samples: {
    positive: [
      `oy2${fake('nuget-1', 43, BASE32_LOWER)}`,
      `dotnet nuget push pkg.nupkg --api-key oy2${fake('nuget-2', 43, BASE32_LOWER)} --source https://api.nuget.org/v3/index.json`,
      `NUGET_API_KEY=oy2${fake('nuget-3', 43, BASE32_LOWER)}`,
    ],
    negative: [
      `oy2${'a'.repeat(43)}`,
      `oy2${fake('nuget-short', 30, BASE32_LOWER)}`,
      `oy2${fake('nuget-digits', 43, BASE32_LOWER)}9`,
      `boy2${fake('nuget-word', 43, BASE32_LOWER)}`,
      '--api-key ${NUGET_API_KEY}',
    ],
  },
});
