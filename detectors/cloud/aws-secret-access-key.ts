import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { ASSIGN } from '../lib/patterns.js';
import { BASE64, HEX, fake } from '../lib/sample.js';

/**
 * The secret itself is 40 base64 characters with no prefix, so it is only recognised after one of its key
 * names: aws_secret_access_key, secret_access_key, SecretAccessKey (STS JSON), aws_secret_key, aws_secret.
 */
const KEY = String.raw`(?i:aws[_-]?secret(?:[_-]?access)?(?:[_-]?key)?|secret[_-]?access[_-]?key)`;
const secret = (seed: string): string => fake(seed, 40, BASE64);

export default defineDetector({
  id: 'aws-secret-access-key',
  description:
    'AWS secret access key (40 base64 characters) after its key name: aws_secret_access_key, SecretAccessKey, aws_secret...',
  category: 'secret',
  keywords: ['secretaccess', 'secret_access', 'secret-access', 'awssecret', 'aws_secret', 'aws-secret'],
  pattern: String.raw`${KEY}(?:${ASSIGN}|[ \t]+)(?P<secret>[A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)`,
  entropy: 4,
  // Random base64 of 40 characters holds both cases; hex digests and EXAMPLE keys do not pass.
  validate: (value) => /[a-z]/.test(value) && /[A-Z]/.test(value) && !looksFake(value),
  samples: {
    positive: [
      `aws_secret_access_key = ${secret('aws-sak-1')}`,
      `AWS_SECRET_ACCESS_KEY=${secret('aws-sak-2')}`,
      `"SecretAccessKey": "${secret('aws-sak-3')}"`,
      `aws configure set aws_secret_access_key ${secret('aws-sak-4')}`,
    ],
    negative: [
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'aws_secret_access_key=${AWS_SECRET_ACCESS_KEY}',
      `secret_access_key: ${fake('aws-sak-sha1', 40, HEX)}`,
      secret('aws-sak-nokey'),
      `aws_secret_access_key = ${fake('aws-sak-long', 44, BASE64)}`,
      `SecretAccessKey: ${fake('aws-sak-short', 30, BASE64)}`,
    ],
  },
});
