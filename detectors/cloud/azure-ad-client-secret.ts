import { defineDetector } from '../../src/engine/detector.js';
import { classes, looksFake } from '../lib/checks.js';
import { fake } from '../lib/sample.js';

/**
 * Microsoft Entra ID (Azure AD) application client secret, as issued since 2021: three characters, a digit, `Q~`,
 * then 31 to 34 characters, from letters, digits and `_ ~ . -` (37 or 40 in all). Those four symbols are part of the
 * secret, so the boundaries exclude them (a `.` may still follow as punctuation).
 */
const CHARS = String.raw`0-9A-Za-z_~.-`;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-';

const secret = (seed: string, tail = 34): string =>
  `${fake(`${seed}-a`, 3, ALPHABET)}${fake(`${seed}-d`, 1, '0123456789')}Q~${fake(`${seed}-b`, tail, ALPHABET)}`;

export default defineDetector({
  id: 'azure-ad-client-secret',
  description:
    'Microsoft Entra ID (Azure AD) client secret: 3 characters, a digit, Q~, then 31-34 characters of letters, ' +
    'digits and _~.-',
  category: 'secret',
  keywords: ['q~'],
  pattern: String.raw`(?:^|[^${CHARS}]|\\[nrt]|%[0-9A-Fa-f]{2})(?P<secret>[${CHARS}]{3}[0-9]Q~[${CHARS}]{31,34})(?:[^0-9A-Za-z_~-]|$)`,
  validate: (value) => {
    const tail = value.slice(6);
    const kinds = classes(tail);
    return kinds.lower && kinds.upper && !looksFake(tail);
  },
  samples: {
    positive: [
      secret('azure-ad-1'),
      `AZURE_CLIENT_SECRET=${secret('azure-ad-2')}`,
      `"client_secret": "${secret('azure-ad-3', 31)}"`,
      `Connect-AzAccount -ServicePrincipal -Credential (New-Object PSCredential 'app', (ConvertTo-SecureString '${secret('azure-ad-4')}' -AsPlainText -Force))`,
    ],
    negative: [
      'client_secret=bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      `USK@${fake('azure-ad-n1', 43)},4~q8Q~${fake('azure-ad-n2', 37)},AQACAAE/WebOfTrust`,
      `${fake('azure-ad-n3', 3)}8Q~${fake('azure-ad-n4', 20)}`,
      'AZURE_CLIENT_SECRET=${AZURE_CLIENT_SECRET}',
      `abcd8Q~${fake('azure-ad-n5', 34)}`,
    ],
  },
});
