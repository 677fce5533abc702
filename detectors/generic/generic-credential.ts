import { defineDetector } from '../../src/engine/detector.js';
import { classes, isPlaceholder } from '../lib/checks.js';
import { ASSIGN } from '../lib/patterns.js';
import { ALNUM, BASE64URL, fake } from '../lib/sample.js';
import { HARD_NEGATIVES } from '../lib/hard-negatives.js';

/**
 * A key name that ends with a sensitive word. The word must END the key (`db_password`, `x-api-key`,
 * `clientSecret`, `AWS_SESSION_TOKEN`): `prompt_tokens`, `max_tokens`, `token_type`, `tokenizer`,
 * `private_key_id` or `password_policy` never match, because the separator has to follow the word directly.
 * The whole key is matched from its first character (the character before it is consumed, RE2 has no
 * lookbehind), so the validator sees `nextPageToken` and not just `Token`, even when a scanner retries a
 * rejected candidate one position later.
 */
const WORDS = [
  'token',
  'secret',
  'passw(?:or)?d',
  'pwd',
  'passphrase',
  'api[ _-]?key',
  'access[ _-]?key',
  'private[ _-]?key',
  // `key` alone is a cache or index key; these qualifiers make it a secret (DJANGO_SECRET_KEY, APP_KEY, licenseKey).
  '(?:secret|signing|encryption|master|client|session|license|subscription|app|auth)[ _-]?key',
  'secret[ _-]?key[ _-]?base',
  'bearer',
  'authorization',
  'auth',
  'credentials?',
  'creds?',
  'cookie',
  'session',
].join('|');
/** After the word, a number or a type word may end the key: `api_token_2`, `mySecretString`, `passwordValue`. */
const SUFFIX = String.raw`(?:[_.-]?(?:[0-9]{1,3}|string|str|value|val))?`;
const KEY = String.raw`(?:^|[^A-Za-z0-9_.-]|\\[nrt])(?i:[a-z0-9_.-]*(?:${WORDS})${SUFFIX})`;

/**
 * Key-value separators: assignments (see ASSIGN), after an optional type (`var token string = "…"`,
 * `token: str = "…"`), a quoted key and value as call arguments (`setProperty("API_TOKEN", "…")`), an XML element
 * (`<password>…</password>`, possibly on the next line), or plain spaces (`token abc…`).
 */
const TYPE = String.raw`(?:[ \t]+(?:string|String)|:[ \t]*str)?`;
const ARGUMENTS = String.raw`\\*["'\x60][ \t]*,[ \t]*\\*["'\x60]`;
const SEPARATOR = String.raw`${TYPE}(?:${ASSIGN}|${ARGUMENTS}|>(?:\s|\\[nrt])*|[ \t]+)`;

/**
 * `Authorization: Bearer x`, `token: Basic x`, `Authorization: Api-Token x`, `Authorization: SSWS x` (Okta): the scheme
 * word is skipped, the credential after it is the value.
 */
const SCHEME = String.raw`(?:(?i:bearer|basic|token|bot|digest|api[_-]?token|api[_-]?key|apikey|ssws|geniekey|oauth|jwt|splunk)[ \t]+)?`;

/**
 * Value: 8+ characters up to a space, quote, backslash (JSON escape), `,` `;` `&` or `<>`; a trailing `.` `:` or
 * closing bracket is left out. So a password holding one of those characters is only redacted up to it: JSON fields
 * are better served by the structured walk, which classifies the key and redacts the whole value.
 */
const VALUE_CHARS = String.raw`[^\s"'\x60\\,;&<>]`;
const VALUE_END = String.raw`[^\s"'\x60\\,;&<>.:)\]}]`;
/**
 * A value followed by `: more` takes the `: more` too (`Bearer x-api-key: abc…` is one value, judged as a nested
 * key and value), so a value can never stop right before a colon. A scanner that resumes after a rejected match
 * would otherwise lose the real credential behind a rejected `x-api-key`.
 */
const VALUE = String.raw`(?P<secret>${VALUE_CHARS}{7,}${VALUE_END}(?::[ \t]+${VALUE_CHARS}*${VALUE_END})?)`;

/**
 * Prefilter trigger: a sensitive word directly followed by what can start a separator (a quote, backslash, `:`,
 * `=`, `>`, `?=` `.=` `+=`, possibly after spaces or a type), or by spaces and 8 value characters. Every match of
 * the pattern holds one of these, while `prompt_tokens`, `max_tokens`, `token_type` and prose such as "the token
 * expired" hold none, so the counts and words of LLM logs send nothing to confirmation.
 */
const TRIGGER = String.raw`(?i:(?:${WORDS})${SUFFIX})(?:[ \t]+(?:string|String))?(?:[\\"'\x60]|[ \t]*(?:[:=>]|[?.+]=)|[ \t]+${SCHEME}${VALUE_CHARS}{8})`;

/**
 * Cursors and page tokens are random-looking but not credentials; CSRF tokens guard a form, not an account; `public`
 * and `publishable` keys (`NEXT_PUBLIC_…`, `publicToken`, Stripe's publishable key) are meant to be seen.
 */
const NOT_SECRET_KEY =
  /(?:next|page|continuation|cursor|sync|resume|pagination)[_.-]?(?:page[_.-]?)?token|csrf|xsrf|(?:^|[^a-z])public|publishable/i;
/** A nested key naming metadata about a secret, not the secret: private_key_id, token_count, secret_name... */
const METADATA_WORDS =
  'id|ids|count|type|name|url|uri|path|file|size|length|len|limit|version|at|time|ts|index|status|code|mode|level';
const METADATA_KEY = new RegExp(`(?:^|[_.-])(?:${METADATA_WORDS})$`, 'i');
const METADATA_CAMEL_KEY = new RegExp(`[a-z0-9](?:${METADATA_WORDS.replace(/\b([a-z])/g, (c) => c.toUpperCase())})$`);
const IDENTIFIER = /^(?:[A-Za-z_][A-Za-z0-9_]*(?:[.-][A-Za-z0-9_]+)*)$/;

/** Values that are words, not secrets: lowercase words, snake/kebab error codes, Title words, ENV_NAMES. */
function wordLike(value: string): boolean {
  if (/^[a-z]+(?:[_.-][a-z]+)+$/.test(value)) return true; // invalid_grant, not-found, token.expired
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(value) && !/[0-9]/.test(value)) return true; // GITHUB_TOKEN, INVALID
  // PascalCase identifiers: AgencyIdentificationCodeContentType, AutoTokenizer.
  if (/^(?:[A-Z][a-z]{2,}){2,}$/.test(value)) return true;
  if (/^[A-Za-z]+(?:[_.-][A-Za-z]+)*$/.test(value)) {
    // Letters only: a secret if long, or if it mixes case inside a segment (not just Title-Case words).
    if (value.length >= 16 && !/[_.-]/.test(value)) return false;
    const mixed = value.split(/[_.-]/).some((segment) => /[a-z]/.test(segment) && /[A-Z]/.test(segment.slice(1)));
    return !mixed;
  }
  return false;
}

function acceptValue(value: string, key: string, explicit: boolean, depth: number): boolean {
  if (NOT_SECRET_KEY.test(key)) return false;
  if (isPlaceholder(value)) return false;
  if (value.startsWith('-----')) return false; // a PEM header: the private-key detector owns it
  if (/^[{(\[]/.test(value)) return false; // {base64(user:pass)}, (optional), [PASSWORD]: prose and templates
  // A URL: its password, if any, is url-credentials' or database-url's, which judge it against the user name.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return false;
  if (/^(?:~?\/|\.\.?\/|[A-Za-z]:\\)/.test(value)) return false; // a path (PWD=/home/app)
  // A nested assignment (`prompt_tokens=812`, `session=abc123`, `user:pass`): judge its value under its own key.
  const nested = /^([^=:]{1,64})[=:](.*)$/s.exec(value);
  if (nested !== null && depth < 2) {
    const [, innerKey = '', padded = ''] = nested;
    const rest = padded.trimStart();
    if (IDENTIFIER.test(innerKey)) {
      if (rest === '') {
        // `api_key=` with nothing after it; a mixed-case body ending in `=` is base64 padding instead.
        if (/^[a-z_][a-z0-9_.-]*$/.test(innerKey) || /^[A-Z_][A-Z0-9_]*$/.test(innerKey)) return false;
      } else if (!/^=+$/.test(rest)) {
        // `x-api-key: abc…` is judged by its value; `abc123: retrying` still counts as the credential abc123.
        const metadata = METADATA_KEY.test(innerKey) || METADATA_CAMEL_KEY.test(innerKey);
        if (!metadata && acceptValue(rest, innerKey, true, depth + 1)) return true;
        return padded !== rest && !NOT_SECRET_KEY.test(innerKey) && acceptValue(innerKey, key, explicit, depth + 1);
      }
    }
  }
  if (/^[+-]?[0-9][0-9.,_]*$/.test(value)) return false; // a number
  if (/^[0-9.:/+\-TZ]+$/.test(value)) return false; // a date, time, version or address
  if (/^v?[0-9]+(?:\.[0-9]+)+(?:[-+][0-9A-Za-z.-]+)?$/.test(value)) return false; // v1.2.3-beta
  // An artifact and its version: jjwt-jackson-0.11.2, pkg@1.2.3.
  if (value.length <= 100 && /^[A-Za-z][A-Za-z0-9_.-]*[-@]v?[0-9]+(?:\.[0-9]+)+(?:[-+.][A-Za-z0-9.]+)?$/.test(value))
    return false;
  if (/(.)\1{5}/.test(value) || new Set(value).size < 4) return false; // aaaaaa…, abababab
  if (wordLike(value)) return false;
  const kinds = classes(value);
  if (explicit) return true;
  // `word value` with no = or : is common prose ("token expired", "session started"): ask for more.
  return (kinds.digit && (kinds.lower || kinds.upper)) || kinds.count >= 3;
}

function validate(secret: string, context: { readonly match: string }): boolean {
  const head = context.match.slice(0, context.match.length - secret.length);
  // The first character of the match is the one before the key (or a `\n` escape): not a separator.
  const separator = head.replace(/^(?:\\[nrt]|[^A-Za-z0-9_.-])/, '');
  // Call arguments (`setProperty("API_TOKEN", "…")`) need the key quoted too: `…/token","next"` is a URL path
  // ending one JSON string and the next key starting.
  if (/["'\x60][ \t]*,[ \t]*\\*["'\x60]$/.test(head) && !/^\\*["'\x60]/.test(head)) return false;
  return acceptValue(secret, head, /[:=>,]/.test(separator), 0);
}

const value = (seed: string, length = 20): string => fake(seed, length, ALNUM + '!@#%^*_-');

export default defineDetector({
  id: 'generic-credential',
  description:
    'Value after a sensitive key in free text or config: token, secret, password/passwd/pwd, passphrase, api key, access ' +
    'key, private key, secret/signing/encryption/master/client/session/license/app/auth key, secret key base, bearer, ' +
    'authorization, auth, credential(s), cookie, session — as key=value, key: value, key value, "key":"value" (also JSON-escaped),' +
    ' with prefixes such as x-api-key or db_password. Skips placeholders, numbers, ' +
    'dates, paths, plain words and error codes, and page/cursor tokens.',
  category: 'secret',
  trigger: TRIGGER,
  pattern: String.raw`${KEY}${SEPARATOR}${SCHEME}${VALUE}`,
  validate,
  priority: 10,
  samples: {
    positive: [
      `password=${value('gc-1', 14)}`,
      `db_password: ${value('gc-2')}`,
      `"api_key": "${fake('gc-3', 32)}"`,
      `x-api-key: ${fake('gc-4', 40, BASE64URL)}`,
      `client_secret=${fake('gc-5', 24)}`,
      `token ${fake('gc-6', 24)}`,
      `access_token=${fake('gc-7', 30, BASE64URL)}&expires_in=3600`,
      `Cookie: session=${fake('gc-8', 32)}`,
      `{"clientSecret":"${fake('gc-9', 28)}"}`,
      `--password ${value('gc-10', 12)}`,
      `"password": "correcthorsebatterystaple"`,
      `System.setProperty("API_TOKEN", "${fake('gc-11', 32)}")`,
      `<password>${value('gc-12', 16)}</password>`,
      `genericToken := \`${fake('gc-13', 32)}\``,
      `var apiToken string = "${fake('gc-14', 32)}"`,
      `"auths": {"registry.example.com": {"auth": "${Buffer.from(`ci:${fake('gc-15', 20)}`).toString('base64')}"}}`,
      `DJANGO_SECRET_KEY=${fake('gc-16', 50, ALNUM + '!@#%^*(-_=+)')}`,
      `SECRET_KEY_BASE=${fake('gc-17', 64, '0123456789abcdef')}`,
      `export DB_PASSWORD='${value('gc-18', 16)}'`,
      `spring.datasource.password=${value('gc-19', 14)}`,
      `  MYSQL_ROOT_PASSWORD: ${value('gc-20', 18)}`,
      `APP_KEY=base64:${Buffer.from(fake('gc-21', 32)).toString('base64')}`,
      `creds = ${fake('gc-22', 30)}`,
      `mySecretString=${fake('gc-23', 30)}`,
      `some_api_token_2 = "${fake('gc-24', 40)}"`,
      `curl -H "Authorization: Api-Token ${fake('gc-25', 40, '0123456789abcdef')}"`,
      `-H 'Authorization: SSWS ${fake('gc-26', 42, BASE64URL)}'`,
    ],
    negative: [
      ...HARD_NEGATIVES,
      'prompt_tokens=1234',
      '"usage": {"prompt_tokens": 812, "completion_tokens": 64, "total_tokens": 876}',
      'max_tokens: 4096',
      'token: expired',
      'error: invalid_grant (token revoked)',
      'password: ${DB_PASSWORD}',
      'api_key={{ secrets.OPENAI_API_KEY }}',
      'api_key=<your-api-key>',
      '"password": "********"',
      'secret: [REDACTED]',
      'api_key: process.env.OPENAI_API_KEY',
      '"session": null',
      '"token_type": "Bearer"',
      'nextPageToken=CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA3',
      'PWD=/home/runner/work/app',
      'session expired, please sign in again',
      'password: changeme',
      'private_key_id: 1234567890abcdef',
      '"authorization": "required"',
      'token: invalid_token',
      'Authorization header is missing',
      '"session_id": "2024-01-15T10:00:00Z"',
      'secret: GITHUB_TOKEN',
      '"password": "Incorrect"',
      'Authorization: Bearer $(gcloud auth print-access-token)',
      'SUMO_ACCESS_KEY={SumoAccessKey}',
      'notes = "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2"',
      'apiKey: "AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"',
      '<token>${TOKEN}</token>',
      'author: Jane Smith',
      'OAuth authorization_code flow',
      'User authenticated successfully',
      `const publicToken = "${fake('gc-n1', 40)}"`,
      `NEXT_PUBLIC_SUPABASE_ANON_KEY=${fake('gc-n2', 40)}`,
      `csrf-token=${fake('gc-n3', 64, BASE64URL)}`,
      `"stripePublishableKey": "pk_live_${fake('gc-n4', 24)}"`,
      'telegram_api_token = "token:"clm00427:AgencyIdentificationCodeContentType""',
      'tokenizer: AutoTokenizer',
      'const CREDENTIALS = "mongodb://mongodb:mongodb@localhost:27017/database";',
      '{"token_uri":"https://oauth2.example.com/token","auth_provider_x509_cert_url":"https://www.example.com/oauth2/v1/certs"}',
    ],
  },
});
