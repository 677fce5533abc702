import { defineDetector } from '../../src/engine/detector.js';
import { classes, looksFake } from '../lib/checks.js';
import { AFTER_KEY, KEY_START, SEP } from '../lib/provider-key.js';
import { HEX, fake } from '../lib/sample.js';

/**
 * REST API keys and user tokens are 20 characters (`[A-Za-z0-9_+-]`, user tokens start `u+`); Events API routing
 * (integration) keys are 32 hex. None has a prefix of its own, so they are found after a PagerDuty key name or
 * in the REST API's `Authorization: Token token=…` header.
 */
const NAME = String.raw`(?i:(?:pagerduty|pager${SEP}duty|pd)${SEP}(?:rest${SEP}|user${SEP}|api${SEP})*(?:key|token)|(?:pagerduty|pd)${SEP}(?:integration|routing|service|events?)${SEP}key)`;
const PREFIX = String.raw`(?:${KEY_START}${NAME}${AFTER_KEY}|(?i:token[ \t]+token=))`;
const API_KEY = '+_-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export default defineDetector({
  id: 'pagerduty-api-key',
  description:
    'PagerDuty REST API key or user token (20 characters) or Events routing key (32 hex) after PAGERDUTY_API_KEY, PD_ROUTING_KEY or `Token token=`',
  category: 'secret',
  trigger: String.raw`(?i:pager[_.-]?duty|pd[_.-]?(?:rest|user|api|key|token|integration|routing|service|event)|token[ \t]+token=)`,
  pattern: String.raw`${PREFIX}(?P<secret>[A-Za-z0-9_+-]{20}|[0-9a-f]{32})(?:[^A-Za-z0-9_+-]|$)`,
  validate: (secret) => classes(secret).count >= 2 && /[A-Za-z]/.test(secret) && !looksFake(secret),
  priority: 25,
  samples: {
    positive: [
      `PAGERDUTY_API_KEY=${fake('pd-1', 20, API_KEY)}`,
      `Authorization: Token token=u+${fake('pd-2', 18, API_KEY)}`,
      `PD_ROUTING_KEY=${fake('pd-3', 32, HEX)}`,
    ],
    negative: [
      'PAGERDUTY_API_KEY=${PAGERDUTY_API_KEY}',
      `PAGERDUTY_SERVICE_ID=P${fake('pd-service', 6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`,
      `PD_API_KEY=${fake('pd-short', 12, API_KEY)}`,
      'Authorization: Token token=xxxxxxxxxxxxxxxxxxxx',
      `pd_routing_key=${'0'.repeat(32)}`,
    ],
  },
});
