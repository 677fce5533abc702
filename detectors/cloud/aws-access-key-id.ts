import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';

/** AWS key ids are printed in base32 (A-Z, 2-7); the pattern also accepts 0, 1, 8, 9 so no real id is missed. */
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export default defineDetector({
  id: 'aws-access-key-id',
  description:
    'AWS access key id: AKIA (long-term), ASIA (STS temporary), ABIA or ACCA followed by 16 uppercase base32 characters. ' +
    'The id alone is not a secret, but it names the account and is redacted like one.',
  category: 'secret',
  keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
  pattern: String.raw`${TOKEN_START}(?P<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\b`,
  validate: (secret) => !looksFake(secret.slice(4)),
  samples: {
    positive: [
      'AKIA' + fake('aws-akid-1', 16, BASE32),
      'ASIA' + fake('aws-akid-2', 16, BASE32),
      `aws_access_key_id = AKIA${fake('aws-akid-3', 16, BASE32)}`,
    ],
    negative: [
      'AKIAIOSFODNN7EXAMPLE',
      'AKIAXXXXXXXXXXXXXXXX',
      'AKIA' + fake('aws-akid-short', 10, BASE32),
      'AKIA' + fake('aws-akid-long', 20, BASE32),
      'akia' + fake('aws-akid-lower', 16, BASE32).toLowerCase(),
      'AIDA' + fake('aws-akid-user', 16, BASE32),
    ],
  },
});
