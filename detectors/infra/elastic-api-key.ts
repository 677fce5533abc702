import { defineDetector } from '../../src/engine/detector.js';
import { decodeBase64, isPlaceholder } from '../lib/checks.js';
import { AFTER_KEY, KEY_START, SEP } from '../lib/provider-key.js';
import { BASE64, BASE64URL, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Elasticsearch, Kibana and Elastic Cloud API keys are sent as `Authorization: ApiKey <encoded>`, where the encoded
 * key is base64 of `<id>:<key>` (a 20-character id). Found after the ApiKey scheme when it decodes to that shape, or
 * after an Elastic key name (ELASTIC_API_KEY, ES_API_KEY, EC_API_KEY, elasticsearch.apiKey). A bare value is not
 * reported: it is plain base64.
 */
const NAME = String.raw`(?i:(?:elastic(?:search)?|es|ec|kibana|elastic${SEP}cloud)${SEP}(?:cloud${SEP})?api${SEP}?key)`;
const encoded = (seed: string): string => Buffer.from(`${fake(`${seed}-id`, 20, BASE64URL)}:${fake(`${seed}-k`, 22, BASE64URL)}`).toString('base64');
const ID_KEY = /^[A-Za-z0-9_-]{20}:[A-Za-z0-9_-]{16,}$/;

export default defineDetector({
  id: 'elastic-api-key',
  description:
    'Elasticsearch / Kibana / Elastic Cloud API key after the ApiKey authorization scheme (base64 of id:key, decoded and checked) or after ' +
    'ELASTIC_API_KEY, ES_API_KEY, EC_API_KEY; not reported bare',
  category: 'secret',
  trigger: String.raw`(?i:apikey[ \t]|(?:elastic(?:search)?|es|ec|kibana|cloud)[_.-]?api[_.-]?key)`,
  pattern: String.raw`(?:(?i:ApiKey)[ \t]+|${KEY_START}${NAME}${AFTER_KEY})(?P<secret>[A-Za-z0-9+/_-]{40,200}={0,2})(?:[^A-Za-z0-9+/=_-]|$)`,
  validate: (secret, context) => {
    if (isPlaceholder(secret)) return false;
    const decoded = decodeBase64(secret, /[-_]/.test(secret))?.toString('latin1') ?? '';
    if (ID_KEY.test(decoded)) return randomMixedCase(decoded.replace(/[:_-]/g, ''));
    // After a key name, any random key (Elastic Cloud keys need not decode to id:key).
    return !/^ApiKey/i.test(context.match) && randomMixedCase(secret.replace(/[+/=_-]/g, ''));
  },
  priority: 30,
  samples: {
    positive: [
      `curl -H "Authorization: ApiKey ${encoded('elastic-1')}" https://acme.es.us-central1.gcp.cloud.es.io/_search`,
      `ELASTIC_API_KEY=${encoded('elastic-2')}`,
      `EC_API_KEY=essu_${fake('elastic-3', 64, BASE64)}`,
      `{"elasticsearch":{"apiKey":"${encoded('elastic-4')}"}}`.replace('"elasticsearch":{"apiKey"', '"esApiKey"'),
    ],
    negative: [
      encoded('elastic-bare'),
      `Authorization: ApiKey ${fake('elastic-random', 60, BASE64)}`,
      'Authorization: ApiKey ${ES_API_KEY}',
      `ELASTIC_API_KEY=${fake('elastic-short', 20, BASE64)}`,
      `Authorization: ApiKey ${Buffer.from(`${'x'.repeat(20)}:${'y'.repeat(22)}`).toString('base64')}`,
    ],
  },
});
