import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { jsonBase64, randomAlnum } from '../lib/token-shape.js';
import { fake } from '../lib/sample.js';

/** Grafana Cloud access policy tokens: glc_ + base64 of a JSON payload (`{"o":…,"n":…,"k":…,"m":{"r":…}}`). */
const token = (seed: string): string =>
  `glc_${jsonBase64({ o: fake(`${seed}-o`, 6, '0123456789'), n: `stack-${seed}-write`, k: fake(seed, 24), m: { r: 'prod-us-east-0' } })}`;

export default defineDetector({
  id: 'grafana-cloud-token',
  description: 'Grafana Cloud access policy token: glc_ + a base64 body of 32 to 400 characters (a JSON payload today)',
  category: 'secret',
  keywords: ['glc_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>glc_[A-Za-z0-9+/]{32,400}={0,2})(?:[^A-Za-z0-9+/=_]|$)`,
  validate: (secret) => randomAlnum(secret.slice(4).replace(/=+$/, '')),
  samples: {
    positive: [token('grafana-cloud-1'), `GRAFANA_CLOUD_TOKEN=${token('grafana-cloud-2')}`, `loki_key: ${token('grafana-cloud-3')}`],
    negative: [
      'glc_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      '   API_KEY="glc_111111111111111111111111111111111111111111="',
      'static void GLC_CreateLightmapTextureArray(void);',
      `glc_${fake('grafana-cloud-short', 16)}`,
      '${GRAFANA_CLOUD_TOKEN}',
    ],
  },
});
