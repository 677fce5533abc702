import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { SEP, AFTER_KEY, KEY_START } from '../lib/provider-key.js';
import { UUID_PATTERN, uuidOf } from '../lib/value-shape.js';

/**
 * Splunk HTTP Event Collector tokens are UUIDs. Found after the scheme of their Authorization header
 * (`Authorization: Splunk <uuid>`, which no other service uses) or after a HEC key name (SPLUNK_HEC_TOKEN).
 * A bare UUID is not enough.
 */
const KEY = String.raw`(?i:splunk${SEP}(?:hec${SEP})?token|hec${SEP}token)`;

export default defineDetector({
  id: 'splunk-hec-token',
  description: 'Splunk HTTP Event Collector token (a UUID) after "Authorization: Splunk" or SPLUNK_HEC_TOKEN / hec_token: needs that context',
  category: 'secret',
  keywords: ['splunk', 'hec_token', 'hec-token', 'hectoken', 'hec.token'],
  pattern: String.raw`(?:(?i:splunk)[ \t]+|${KEY_START}${KEY}${AFTER_KEY})(?P<secret>${UUID_PATTERN})(?:[^0-9A-Za-z-]|$)`,
  validate: (secret) => !looksFake(secret.replace(/-/g, '')),
  priority: 25,
  samples: {
    positive: [
      `Authorization: Splunk ${uuidOf('splunk-1')}`,
      `SPLUNK_HEC_TOKEN=${uuidOf('splunk-2')}`,
      `curl -k https://splunk.acme.dev:8088/services/collector -H "Authorization: Splunk ${uuidOf('splunk-3')}"`,
      `"hec_token": "${uuidOf('splunk-4')}"`,
    ],
    negative: [
      `request_id=${uuidOf('splunk-n1')}`,
      'Authorization: Splunk 00000000-0000-0000-0000-000000000000',
      'SPLUNK_HEC_TOKEN=${SPLUNK_HEC_TOKEN}',
      `splunk search index=main ${uuidOf('splunk-n2').slice(0, 20)}`,
    ],
  },
});
