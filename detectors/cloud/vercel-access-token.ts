import { defineDetector } from '../../src/engine/detector.js';
import { classes, looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';

/**
 * Vercel credentials issued since the 2025 format change carry a type prefix: `vcp_` personal access token, `vci_`
 * integration token, `vca_` app access token, `vcr_` app refresh token, `vck_` API key; the body is base62.
 */
export default defineDetector({
  id: 'vercel-access-token',
  description:
    'Vercel token or API key (current format): vcp_ (personal), vci_ (integration), vca_ (app access), vcr_ (app ' +
    'refresh) or vck_ (API key) + 24 or more base62 characters',
  category: 'secret',
  keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>vc[pirak]_[A-Za-z0-9]{24,100})\b`,
  validate: (secret) => {
    const body = secret.slice(4);
    return classes(body).count >= 2 && !looksFake(body);
  },
  samples: {
    positive: [
      `vcp_${fake('vercel-new-1', 40)}`,
      `VERCEL_TOKEN=vci_${fake('vercel-new-2', 40)}`,
      `"access_token": "vca_${fake('vercel-new-3', 56)}", "refresh_token": "vcr_${fake('vercel-new-4', 40)}"`,
      `Authorization: Bearer vck_${fake('vercel-new-5', 40)}`,
    ],
    negative: [
      'vcp_abc',
      'vcp_aBcDeFgHiJkLmNoPqRsT1234567890abcdefghij',
      `VCP_${fake('vercel-new-upper', 40)}`,
      `vcx_${fake('vercel-new-type', 40)}`,
      'VERCEL_TOKEN=${VERCEL_TOKEN}',
    ],
  },
});
