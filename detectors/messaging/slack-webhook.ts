import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { ALNUM_UPPER, DIGITS, fake } from '../lib/sample.js';

const SERVICES = String.raw`services/T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}`;
const WORKFLOWS = String.raw`workflows/T[A-Z0-9]{6,12}/A[A-Z0-9]{6,12}/[0-9]{6,24}`;
const TRIGGERS = String.raw`triggers/T[A-Z0-9]{6,12}/[0-9]{6,24}`;

const url = (seed: string): string =>
  `https://hooks.slack.com/services/T${fake(`${seed}-t`, 10, ALNUM_UPPER)}/B${fake(`${seed}-b`, 10, ALNUM_UPPER)}/${fake(`${seed}-s`, 24)}`;

export default defineDetector({
  id: 'slack-webhook',
  description:
    'Slack webhook URL: hooks.slack.com/services/T<workspace>/B<hook>/<24-character secret>, and the Workflow Builder ' +
    'forms /workflows/T…/A…/<number>/<secret> and /triggers/T…/<number>/<secret>. Only the secret path segment is ' +
    'redacted; the ids stay readable.',
  category: 'secret',
  keywords: ['hooks.slack.com'],
  pattern: String.raw`hooks\.slack\.com/(?:${SERVICES}|${WORKFLOWS}|${TRIGGERS})/(?P<secret>[A-Za-z0-9]{20,40})\b`,
  validate: (secret) => !looksFake(secret),
  samples: {
    positive: [
      url('slack-hook-1'),
      `SLACK_WEBHOOK_URL=${url('slack-hook-2')}`,
      `POST ${url('slack-hook-3')} failed with 404`,
      `https://hooks.slack.com/workflows/T${fake('slack-wf-t', 10, ALNUM_UPPER)}/A${fake('slack-wf-a', 10, ALNUM_UPPER)}/` +
        `${fake('slack-wf-n', 18, DIGITS)}/${fake('slack-wf-s', 24)}`,
    ],
    negative: [
      'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'https://hooks.slack.com/services/YOUR/WEBHOOK/URL',
      `https://hooks.slack.com/services/T${fake('slack-hook-n', 10, ALNUM_UPPER)}/B${fake('slack-hook-m', 10, ALNUM_UPPER)}/`,
      'https://hooks.slack.com/services/${SLACK_WEBHOOK_PATH}',
    ],
  },
});
