import { defineDetector } from '../../src/engine/detector.js';
import { classes, isPlaceholder } from '../lib/checks.js';
import { acceptsChosenValue, failsProviderShape, isFixtureKey, keyKind, looksLikePassword } from '../lib/credential-value.js';
import { ASSIGN } from '../lib/patterns.js';
import { KEY, SUFFIX, TRIGGER_WORDS, splitHead } from '../lib/credential-key.js';
import { ALNUM, BASE64URL, HEX, LOWER, fake } from '../lib/sample.js';
import { HARD_NEGATIVES } from '../lib/hard-negatives.js';

/**
 * Key-value separators: assignments (see ASSIGN), after an optional type (`var token string = "…"`,
 * `token: str = "…"`), a quoted key and value as call arguments (`setProperty("API_TOKEN", "…")`), an XML element
 * (`<password>…</password>`, possibly on the next line), prose (`The staging password is …`, `was`, `is now`,
 * `is set to`, `is:`), or plain spaces (`token abc…`). Prose comes before plain spaces: RE2 takes the first
 * alternative that matches, and `is` is not the value.
 */
const TYPE = String.raw`(?:[ \t]+(?:string|String)|:[ \t]*str)?`;
const ARGUMENTS = String.raw`\\*["'\x60][ \t]*,[ \t]*\\*["'\x60]`;
const PROSE = String.raw`[ \t]+(?i:is|was)(?:[ \t]+(?i:now|still|set[ \t]+to))?[ \t]*:?[ \t]+`;
const SEPARATOR = String.raw`${TYPE}(?:${ASSIGN}|${ARGUMENTS}|>(?:\s|\\[nrt])*|${PROSE}|[ \t]+)`;
/** The separator (as splitHead returns it) is prose: the value must read as a credential on its own. */
const PROSE_SEPARATOR = /^[ \t]+(?:is|was)\b/i;

/**
 * `Authorization: Bearer x`, `token: Basic x`, `Authorization: Api-Token x`, `Authorization: SSWS x` (Okta): the scheme
 * word is skipped, the credential after it is the value.
 */
const SCHEME = String.raw`(?:(?i:bearer|basic|token|bot|digest|api[_-]?token|api[_-]?key|apikey|ssws|geniekey|oauth|jwt|splunk)[ \t]+)?`;

/**
 * Value: up to whitespace, a quote, a backslash (a JSON escape) or `<`, and up to the end of the assignment. `&`,
 * `;` and `,` belong to the value (`Tr0ub4dor&3`, `Xk9;mQ2vLp`) unless what follows them starts the next
 * assignment (`&user=`, `;Server=`, `, next:`) or is a space (`a=1, b=2`, `; echo`). A trailing `.` `:` `>` or
 * closing bracket is left out. The character after the value is part of the match (`tail`), so the value cannot
 * stop in the middle of a run: RE2 has no lookahead.
 */
const STOP = String.raw`\s"'\x60\\,;&<`;
const VALUE_CHARS = `[^${STOP}]`;
const VALUE_END = String.raw`[^${STOP}>.:)\]}]`;
const IDENT = String.raw`A-Za-z0-9_.\-`;
/** What may follow a joiner (`&`, `;`, `,`) inside a value: anything but the name of a next assignment. */
const JOINED = String.raw`[&;,](?:${VALUE_END}|[^A-Za-z_${STOP}]${VALUE_CHARS}*${VALUE_END}|[A-Za-z_](?:[${IDENT}]*[A-Za-z0-9_])?(?:[^=:${IDENT}${STOP}>)\]}]|[^=:${IDENT}${STOP}]${VALUE_CHARS}*${VALUE_END})?)`;
const RUN = `${VALUE_CHARS}*${VALUE_END}(?:${JOINED})*`;
const TAIL = String.raw`(?P<tail>\.\.\.|…|[${STOP}>.:)\]}]|$)`;
/**
 * A value followed by `: more` takes the `: more` too (`Bearer x-api-key: abc…` is one value, judged as a nested
 * key and value), so that a scanner resuming after a rejected `x-api-key` still finds the credential behind it.
 */
const VALUE = String.raw`(?P<secret>${RUN}(?::[ \t]+${RUN})?)${TAIL}`;

/**
 * Prefilter trigger: a sensitive word directly followed by what can start a separator (a quote, backslash, `:`,
 * `=`, `>`, `?=` `.=` `+=`, possibly after spaces or a type), by ` is ` or ` was ` (prose), or by spaces and 8
 * value characters. Every match of
 * the pattern holds one of these, while `prompt_tokens`, `max_tokens`, `token_type` and prose such as "the token
 * expired" hold none, so the counts and words of LLM logs send nothing to confirmation.
 */
const TRIGGER = String.raw`(?i:(?:${TRIGGER_WORDS})${SUFFIX})(?:[ \t]+(?:string|String))?(?:[\\"'\x60]|[ \t]*(?:[:=>]|[?.+]=)|[ \t]+(?i:is|was)[ \t:]|[ \t]+${SCHEME}[^\s"'\x60\\,;&<>]{8})`;

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

/** An issued credential (token, api key, auth…): 8+ characters, not a word, not a stand-in, the provider's shape. */
function acceptIssued(value: string, key: string, explicit: boolean, depth: number): boolean {
  if (NOT_SECRET_KEY.test(key)) return false;
  // Issued credentials are 8+ characters; so is the first part of `Bearer x-api-key: …`.
  if (depth === 0 && (value.split(/:[ \t]+/)[0] ?? '').length < 8) return false;
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
        if (!metadata && acceptIssued(rest, innerKey, true, depth + 1)) return true;
        return padded !== rest && !NOT_SECRET_KEY.test(innerKey) && acceptIssued(innerKey, key, explicit, depth + 1);
      }
    }
  }
  if (value.length < 8) return false;
  if (/^[+-]?[0-9][0-9.,_]*$/.test(value)) return false; // a number
  if (/^[0-9.:/+\-TZ]+$/.test(value)) return false; // a date, time, version or address
  if (/^v?[0-9]+(?:\.[0-9]+)+(?:[-+][0-9A-Za-z.-]+)?$/.test(value)) return false; // v1.2.3-beta
  // An artifact and its version: jjwt-jackson-0.11.2, pkg@1.2.3.
  if (value.length <= 100 && /^[A-Za-z][A-Za-z0-9_.-]*[-@]v?[0-9]+(?:\.[0-9]+)+(?:[-+.][A-Za-z0-9.]+)?$/.test(value))
    return false;
  if (/(.)\1{5}/.test(value) || new Set(value).size < 4) return false; // aaaaaa…, abababab
  if (wordLike(value)) return false;
  if (failsProviderShape(key, value)) return false;
  const kinds = classes(value);
  if (explicit) return true;
  // `word value` with no = or : is common prose ("token expired", "session started"): ask for more.
  return (kinds.digit && (kinds.lower || kinds.upper)) || kinds.count >= 3;
}

function validate(secret: string, context: { readonly match: string; readonly groups: readonly (string | undefined)[] }): boolean {
  const tail = context.groups[context.groups.length - 1] ?? '';
  const head = context.match.slice(0, context.match.length - secret.length - tail.length);
  const { lead, key, separator } = splitHead(head);
  const kind = keyKind(key.replace(/^-+/, ''));
  if (kind === undefined || isFixtureKey(key)) return false;
  // Call arguments (`setProperty("API_TOKEN", "…")`) need the key quoted too: `…/token","next"` is a URL path
  // ending one JSON string and the next key starting.
  if (/["'\x60][ \t]*,[ \t]*\\*["'\x60]$/.test(head) && !/^\\*["'\x60]/.test(head)) return false;
  // `//token:abc@host` is a URL's userinfo: url-credentials redacts the password and keeps the host.
  if (lead === '/' && /^[ \t]*:/.test(separator)) return false;
  // `Cookie: name=value; …` is session-cookie's, which redacts the values of session cookies and keeps the names.
  if (/cookie$/i.test(key) && /^[^=\s]+=/.test(secret)) return false;
  // `;Password=…` is a connection string's pair: connection-string-password stops at the next `;`.
  if (lead === ';' && kind === 'human') return false;
  // A value that opened with a quote ends at the closing quote: `"password": "must be at least 8 characters"` is a
  // phrase (quoted-credential judges it), not the password `must`.
  const quote = /[=:>,][ \t]*\\*(["'\x60])[^"'\x60]*$/.exec(separator)?.[1];
  if (quote !== undefined && /^\s$/.test(tail)) return false;
  // A value after prose (`password is …`) or under the lone key `pass` (`"pass": 12` is a test count) has only
  // itself to say it is a credential: a chosen one must read as a password, an issued one as a token.
  const prose = PROSE_SEPARATOR.test(separator);
  if (kind === 'by-value') return !prose && /[:=]/.test(separator) && looksLikePassword(secret) && acceptIssuedOrChosen(secret, key);
  if (prose) {
    if (tail === '...' || tail === '…') return false;
    return kind === 'human' ? looksLikePassword(secret) && acceptIssuedOrChosen(secret, key) : acceptIssued(secret, key, false, 0);
  }
  // `--password hunter2`: a command-line option and its value are an assignment too.
  const explicit = /[:=>,]/.test(separator) || (key.startsWith('--') && /^[ \t]+$/.test(separator));
  // Short chosen values need an assignment (`=`, `:`, `=>`, `>`): `"…secret-1","args"` is one JSON string ending and
  // the next key starting, which call arguments (`setProperty("PASSWORD", "…")`) only pass with an issued value.
  if (kind === 'human' && /[:=>]/.test(separator) && acceptsChosenValue(secret)) return acceptIssuedOrChosen(secret, key);
  // A value cut short by an ellipsis (`ops_eyJzaWdu...`) is shown truncated on purpose: it is not the credential.
  if (tail === '...' || tail === '…') return false;
  return acceptIssued(secret, key, explicit, 0);
}

/** A chosen password still defers to the nested-assignment and provider rules that issued values follow. */
function acceptIssuedOrChosen(secret: string, key: string): boolean {
  if (NOT_SECRET_KEY.test(key) || failsProviderShape(key, secret)) return false;
  // `password=user:pass` style values are judged as nested assignments by the issued-value rules.
  if (/^[A-Za-z_][A-Za-z0-9_.-]{0,63}[=:]/.test(secret)) return acceptIssued(secret, key, true, 0);
  return true;
}

const value = (seed: string, length = 20): string => fake(seed, length, ALNUM + '!@#%^*_-');

export default defineDetector({
  id: 'generic-credential',
  description:
    'Value after a sensitive key in free text or config: token, secret, password/passwd/pwd, passphrase, api key, access ' +
    'key, private key, secret/signing/encryption/master/client/session/license/app/auth key, secret key base, bearer, ' +
    'authorization, auth, credential(s), cookie, session — as key=value, key: value, key value, "key":"value" (also JSON-escaped),' +
    ' key is value (prose, where the value must read as a password or a token), with prefixes such as x-api-key or ' +
    'db_password; the lone key pass only with a password-like value. Skips placeholders, numbers, ' +
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
      `cookie=${fake('gc-8', 32)}`,
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
      'password: changeme',
      `password: ${fake('gc-27', 7, LOWER)}2`,
      `passwd=${fake('gc-28', 6)}`,
      `DB_PASWORD=${value('gc-29', 12)}`,
      `DB_PASSWORD=${fake('gc-30a', 9)}&${fake('gc-30b', 1, '0123456789')}`,
      `--password ${fake('gc-31', 9)}`,
      `The staging password is ${value('gc-32', 14)} (rotate monthly)`,
      `"pass": "${fake('gc-33', 12)}7"`,
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
      `"token3": "xoxp-1234-1234-1234-${fake('gc-n5', 32, HEX)}"`,
      'const CREDENTIALS = "mongodb://mongodb:mongodb@localhost:27017/database";',
      '{"token_uri":"https://oauth2.example.com/token","auth_provider_x509_cert_url":"https://www.example.com/oauth2/v1/certs"}',
      'the password is incorrect',
      'Your password is about to expire',
      '"pass": 12, "fail": 0',
      'pass: PASSED',
    ],
  },
});
