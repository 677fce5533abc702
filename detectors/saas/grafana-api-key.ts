import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';
import { decodeJsonBase64, jsonBase64 } from '../lib/token-shape.js';

/**
 * Legacy Grafana API keys are base64 of `{"k":"<secret>","n":"<key name>","id":<org id>}`, so they start with
 * eyJrIjoi. The validator decodes them: a Power BI embed parameter, `{"k":…,"t":…,"c":…}`, starts the same way.
 */
const key = (seed: string, name: string): string => jsonBase64({ k: fake(seed, 32), n: name, id: 1 });

export default defineDetector({
  id: 'grafana-api-key',
  description: 'Grafana API key (legacy): base64 of {"k":…,"n":…,"id":…}, starting with eyJrIjoi (decoded and checked)',
  category: 'secret',
  keywords: ['eyJrIjoi'],
  pattern: String.raw`${TOKEN_START}(?P<secret>eyJrIjoi[A-Za-z0-9+/_-]{40,400}={0,2})(?:[^A-Za-z0-9+/=_-]|$)`,
  validate: (secret) => {
    const claims = decodeJsonBase64(secret);
    return claims !== undefined && typeof claims.k === 'string' && claims.k.length >= 16 && 'n' in claims && 'id' in claims;
  },
  samples: {
    positive: [key('grafana-key-1', 'admin'), `GRAFANA_API_KEY=${key('grafana-key-2', 'ci-deploy')}`, `Authorization: Bearer ${key('grafana-key-3', 'mykey')}`],
    negative: [
      jsonBase64({ k: fake('grafana-pbi-k', 36), t: fake('grafana-pbi-t', 36), c: 5 }),
      `eyJrIjoi${fake('grafana-key-random', 60)}`,
      jsonBase64({ k: 'short', n: 'admin', id: 1 }),
      '${GRAFANA_API_KEY}',
    ],
  },
});
