import { defineDetector } from '../../src/engine/detector.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { BASE64URL, DIGITS, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/** OAuth2 client secrets are 32 base64url characters with no prefix: only found after a Discord key name. */
const KEY = String.raw`(?i:discord${SEP}(?:oauth2?${SEP}|app${SEP}|application${SEP})?client${SEP}secret)`;

export default defineDetector({
  id: 'discord-client-secret',
  description: 'Discord OAuth2 client secret (32 base64url characters) after its key name: DISCORD_CLIENT_SECRET, discordClientSecret',
  category: 'secret',
  keywords: ['discord'],
  pattern: keyedValue(KEY, '[A-Za-z0-9_-]{32}', '[^A-Za-z0-9_-]'),
  validate: randomMixedCase,
  priority: 25,
  samples: {
    positive: [`DISCORD_CLIENT_SECRET=${fake('discord-cs-1', 32, BASE64URL)}`, `"discordClientSecret": "${fake('discord-cs-2', 32, BASE64URL)}"`],
    negative: [
      `DISCORD_CLIENT_ID=${fake('discord-cs-id', 18, DIGITS)}`,
      'DISCORD_CLIENT_SECRET=00000000000000000000000000000000',
      'DISCORD_CLIENT_SECRET=${DISCORD_CLIENT_SECRET}',
      `DISCORD_CLIENT_SECRET=${fake('discord-cs-short', 20, BASE64URL)}`,
    ],
  },
});
