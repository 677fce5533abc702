import { defineDetector } from '../../src/engine/detector.js';
import { AFTER_KEY, KEY_START, SEP } from '../lib/provider-key.js';
import { fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

/**
 * Zendesk API tokens are 40 alphanumeric characters with no prefix: found after a Zendesk key name, or after
 * `<agent email>/token:` (the Basic auth user form of API token authentication).
 */
const NAME = String.raw`(?i:zendesk${SEP}(?:api${SEP}|access${SEP}|oauth${SEP})?(?:token|key|secret))`;
const PREFIX = String.raw`(?:${KEY_START}${NAME}${AFTER_KEY}|@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/token:)`;

export default defineDetector({
  id: 'zendesk-api-token',
  description: 'Zendesk API token (40 alphanumeric characters) after ZENDESK_API_TOKEN or in <email>/token:<token>',
  category: 'secret',
  keywords: ['zendesk', '/token:'],
  pattern: String.raw`${PREFIX}(?P<secret>[A-Za-z0-9]{40})(?:[^A-Za-z0-9]|$)`,
  validate: randomAlnum,
  priority: 25,
  samples: {
    positive: [
      `ZENDESK_API_TOKEN=${fake('zendesk-1', 40)}`,
      `curl https://acme.zendesk.com/api/v2/tickets.json -u agent@example.com/token:${fake('zendesk-2', 40)}`,
      `"zendeskToken": "${fake('zendesk-3', 40)}"`,
      `<zendeskToken>\n    ${fake('zendesk-4', 40)}\n</zendeskToken>`,
    ],
    negative: [
      'ZENDESK_API_TOKEN=${ZENDESK_API_TOKEN}',
      `ZENDESK_API_TOKEN=${fake('zendesk-short', 24)}`,
      'agent@example.com/token:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `zendesk_ticket_id=${fake('zendesk-ticket', 8, '0123456789')}`,
    ],
  },
});
