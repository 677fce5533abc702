import { bareTokenDetector } from '../lib/bare-token.js';
import { BASE64URL, DIGITS, LOWER, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * CLOUDINARY_URL is `cloudinary://<API key: 15 digits>:<API secret: 27 base64url>@<cloud name>`. The secret is
 * what gets redacted; the key and cloud name stay readable for debugging.
 */
const url = (seed: string): string =>
  `cloudinary://${fake(`${seed}-k`, 15, DIGITS)}:${fake(`${seed}-s`, 27, BASE64URL)}@${fake(`${seed}-c`, 8, LOWER)}`;

export default bareTokenDetector({
  id: 'cloudinary-url',
  description: 'Cloudinary URL with its API secret: cloudinary://<15-digit key>:<27-character secret>@<cloud name>',
  keywords: ['cloudinary://'],
  token: String.raw`cloudinary://[0-9]{12,18}:(?P<secret>[A-Za-z0-9_-]{20,40})@[A-Za-z0-9_-]+`,
  chars: '0-9A-Za-z_-',
  make: url,
  contexts: ['CLOUDINARY_URL={}', 'cloudinary.config(cloudinary_url="{}")'],
  validate: (secret) => randomMixedCase(secret.replace(/[_-]/g, '')),
  negatives: [
    'CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>',
    'CLOUDINARY_URL=cloudinary://123456789012345:abcdefghijklmnopqrstuvwxyz1@demo',
    `cloudinary://${fake('cloudinary-n', 15, DIGITS)}:${'x'.repeat(27)}@demo`,
  ],
});
