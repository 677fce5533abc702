import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { datadogKeyPattern, datadogKeywords } from '../lib/datadog.js';
import { HEX, fake } from '../lib/sample.js';

/** Application keys are 40 hex characters, the shape of a git SHA: only found after their key name or header. */
export default defineDetector({
  id: 'datadog-app-key',
  description: 'Datadog application key (40 hex characters) after DD_APP_KEY, DD_APPLICATION_KEY or the DD-APPLICATION-KEY header',
  category: 'secret',
  keywords: datadogKeywords('app'),
  pattern: datadogKeyPattern('(?:app|application)', 40),
  validate: (secret) => !looksFake(secret),
  priority: 25,
  samples: {
    positive: [`DD_APP_KEY=${fake('dd-app-1', 40, HEX)}`, `DD-APPLICATION-KEY: ${fake('dd-app-2', 40, HEX)}`, `"datadog_app_key": "${fake('dd-app-3', 40, HEX)}"`],
    negative: [
      `DD_APP_KEY=${fake('dd-app-short', 32, HEX)}`,
      `commit=${fake('dd-app-sha', 40, HEX)}`,
      'DD_APP_KEY=${DD_APP_KEY}',
      'DD_APP_KEY=' + 'f'.repeat(40),
      `DD_APP_KEY_ID=${fake('dd-app-id', 8, HEX)}`,
    ],
  },
});
