import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';
import { ALNUM, BASE64URL, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/** User, team and organization API tokens of HCP Terraform / Terraform Enterprise: <14>.atlasv1.<60-70>. */
const token = (seed: string, tail = 67): string => `${fake(`${seed}-id`, 14)}.atlasv1.${fake(`${seed}-s`, tail, BASE64URL)}`;

export default formatTokenDetector({
  id: 'terraform-cloud-token',
  description: 'HCP Terraform / Terraform Enterprise API token: 14 alphanumeric characters + .atlasv1. + 60–70 base64url characters (found bare)',
  keywords: ['.atlasv1.'],
  token: '[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_-]{60,70}',
  sample: token,
  contexts: ['TF_TOKEN_app_terraform_io={}', 'credentials "app.terraform.io" { token = "{}" }', 'TFE_TOKEN={}'],
  negatives: [`${fake('tfc-n1', 14, ALNUM)}.atlasv1.${'x'.repeat(67)}`, token('tfc-short', 30), 'TFE_TOKEN=${TFE_TOKEN}', `see docs.atlasv1.example for tokens`],
  validate: (secret) => {
    const tail = secret.slice(secret.indexOf('.atlasv1.') + 9);
    return randomMixedCase(tail) && !looksFake(secret.slice(0, 14));
  },
});
