import { defineDetector } from '../../src/engine/detector.js';
import { isPlaceholder, isIdentifierLike, looksFake, percentDecode } from '../lib/checks.js';
import { HARD_NEGATIVES } from '../lib/hard-negatives.js';
import { ALNUM, ALNUM_UPPER, BASE64, BASE64URL, HEX, fake } from '../lib/sample.js';

/**
 * Credentials and signatures carried in URL query parameters: pre-signed S3 and GCS URLs (X-Amz-Signature,
 * X-Amz-Credential, X-Amz-Security-Token, X-Goog-Signature, X-Goog-Credential), Azure SAS and other `sig` /
 * `signature` parameters, and tokens, keys and passwords passed in the query (token, access_token, refresh_token,
 * id_token, auth_token, api_key, apikey, client_secret, password). Only the parameter's value is redacted, so the
 * URL keeps its host, path and other parameters. The parameter must follow `?` or `&` (also `\u0026`, `&amp;`, or
 * percent-encoded inside another URL), so `page_token`, `nextPageToken` and `cache_key` never match.
 */
const NAMES = [
  'x-amz-signature',
  'x-amz-credential',
  'x-amz-security-token',
  'x-goog-signature',
  'x-goog-credential',
  'x-goog-security-token',
  'signature',
  'sig',
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'auth_token',
  'session_token',
  'api_key',
  'api-key',
  'apikey',
  'x-api-key',
  'client_secret',
  'password',
  'passwd',
].map((name) => name.replace(/[-_]/g, '[-_]'));
const BEFORE = String.raw`(?:[?&]|\\u0026|&amp;|%26|%3[Ff])`;
const EQUALS = String.raw`(?:=|%3[Dd])`;
const NAME = String.raw`(?i:${NAMES.join('|')})`;

function queryValue(secret: string): boolean {
  const value = percentDecode(secret);
  if (value.length < 8 || isPlaceholder(value) || looksFake(value)) return false;
  if (isIdentifierLike(value)) return false;
  return !/^[0-9]{1,15}$/.test(value); // a count or a timestamp
}

const amzDate = '20240115T093000Z';

export default defineDetector({
  id: 'url-query-secret',
  description:
    'Credential or signature in a URL query parameter: X-Amz-Signature, X-Amz-Credential, X-Amz-Security-Token, ' +
    'X-Goog-Signature/Credential, sig, signature, token, access_token, refresh_token, id_token, auth_token, api_key, ' +
    'apikey, client_secret, password; only the value is redacted',
  category: 'secret',
  trigger: String.raw`${BEFORE}${NAME}${EQUALS}`,
  pattern: String.raw`${BEFORE}${NAME}${EQUALS}(?P<secret>[^&\s"'#<>\\]+)`,
  validate: queryValue,
  priority: 40,
  samples: {
    positive: [
      `https://bucket.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA${fake('uq-1c', 16, ALNUM_UPPER)}%2F20240115%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=${amzDate}&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${fake('uq-1s', 64, HEX)}`,
      `GET /o/file.bin?X-Amz-Security-Token=${encodeURIComponent(fake('uq-2', 200, BASE64))}&X-Amz-Date=${amzDate}`,
      `https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&se=2024-01-16T00%3A00%3A00Z&sr=b&sp=r&sig=${encodeURIComponent(fake('uq-3', 43, BASE64) + '=')}`,
      `https://storage.googleapis.com/b/o?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature=${fake('uq-4', 256, HEX)}`,
      `wss://realtime.example.com/socket?token=${fake('uq-5', 32, BASE64URL)}&v=2`,
      `https://api.example.com/v1/me?access_token=${fake('uq-6', 40, ALNUM)}`,
      `"url":"https://cdn.example.com/v.mp4?Expires=1732374000\\u0026Signature=${fake('uq-7', 120, BASE64URL)}\\u0026Key-Pair-Id=K2JCJMDEHXQW5F"`,
      `redirect=https%3A%2F%2Fapp.example.com%2Fcb%3Fapi_key%3D${fake('uq-8', 32, ALNUM)}`,
    ],
    negative: [
      ...HARD_NEGATIVES,
      'https://api.example.com/v1/items?page_token=CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA3&limit=50',
      'https://api.example.com/v1/items?nextPageToken=CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA3',
      'https://example.com/login?token=${TOKEN}',
      'https://example.com/cb?access_token=[REDACTED]',
      'https://example.com/cb?access_token=****',
      'https://example.com/?token=expired&retry=1',
      'https://example.com/?signature=required',
      'https://example.com/?sig=1732370400',
      'https://example.com/?api_key=YOUR_API_KEY',
      'https://example.com/?password=',
      'https://example.com/docs/token-usage?section=access_token_lifetime',
      'the token=abc123def456 is not in a URL',
    ],
  },
});
