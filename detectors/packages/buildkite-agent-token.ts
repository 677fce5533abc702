import { defineDetector } from '../../src/engine/detector.js';
import { classes, isPlaceholder, looksFake } from '../lib/checks.js';
import { afterKey } from '../lib/context.js';
import { fake } from '../lib/sample.js';

/** Buildkite agent registration tokens have no documented prefix: recognised after BUILDKITE_AGENT_TOKEN, agent `token=`. */
const KEY = String.raw`(?i:buildkite[_-]?agent[_-]?(?:registration[_-]?|access[_-]?)?token)`;

export default defineDetector({
  id: 'buildkite-agent-token',
  description: 'Buildkite agent registration token after BUILDKITE_AGENT_TOKEN or buildkite_agent_token',
  category: 'secret',
  keywords: ['buildkite'],
  pattern: afterKey(KEY, '[A-Za-z0-9_-]{32,100}', 'A-Za-z0-9_-'),
  validate: (secret) => !isPlaceholder(secret) && !looksFake(secret) && classes(secret).count >= 2,
  priority: 30,
  samples: {
    positive: [
      `BUILDKITE_AGENT_TOKEN=${fake('buildkite-agent-1', 50)}`,
      `buildkite-agent start --token x; buildkite_agent_token: "${fake('buildkite-agent-2', 50)}"`,
    ],
    negative: [
      'BUILDKITE_AGENT_TOKEN=${BUILDKITE_AGENT_TOKEN}',
      'BUILDKITE_AGENT_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `BUILDKITE_AGENT_TOKEN_PATH=/var/lib/buildkite-agent/${fake('buildkite-agent-n', 40)}`,
      `BUILDKITE_AGENT_TOKEN=${fake('buildkite-agent-short', 20)}`,
    ],
  },
});
