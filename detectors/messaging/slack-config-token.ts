import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { DIGITS, HEX, fake } from '../lib/sample.js';

export default defineDetector({
  id: 'slack-config-token',
  description:
    'Slack app configuration tokens: access token xoxe.xoxp-1-… (also xoxe.xoxb-) and refresh token xoxe-1-…, each with a ' +
    'long alphanumeric body; also other xoxe-<number>- tokens',
  category: 'secret',
  keywords: ['xoxe.', 'xoxe-'],
  // The number after xoxe- is a version (1) for configuration tokens; other xoxe- tokens carry a team number there.
  pattern: String.raw`${TOKEN_START}(?P<secret>xoxe(?:\.xox[a-z])?-[0-9]{1,14}-[0-9A-Za-z_-]{30,})`,
  validate: (secret) => !looksFake(secret.replace(/^xoxe(?:\.xox[a-z])?-[0-9]+-/, '')),
  samples: {
    positive: [
      `xoxe.xoxp-1-${fake('slack-config-1', 146)}`,
      `xoxe-1-${fake('slack-config-2', 138)}`,
      `SLACK_CONFIG_REFRESH_TOKEN=xoxe-1-${fake('slack-config-3', 140)}`,
      `xoxe-${fake('slack-config-4a', 13, DIGITS)}-${fake('slack-config-4b', 13, DIGITS)}-${fake('slack-config-4c', 32, HEX)}`,
    ],
    negative: [
      'xoxe.xoxp-1-' + 'x'.repeat(146),
      `xoxe-1-${fake('slack-config-short', 20)}`,
      'xoxe.xoxp-1-<config-token>',
      'xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere',
      '${SLACK_CONFIG_TOKEN}',
    ],
  },
});
