export { base62 } from './base62.js';
export { crc32 } from './crc32.js';
export { githubChecksum, withGithubChecksum } from './github-checksum.js';
export { ibanValid } from './iban.js';
export { luhn } from './luhn.js';
