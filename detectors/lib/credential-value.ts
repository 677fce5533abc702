/**
 * How the generic text detectors judge the value after a sensitive key. The key is judged by the same word rules
 * as structured keys (`sensitiveKeyWord` in src/engine/key-names.ts), so `DB_PASWORD=…` in a line and
 * `{"DB_PASWORD": …}` in a value reach the same verdict on the key. The value rules depend on who made the value:
 *
 * - a person chose it (password, passwd, pwd, passphrase, passcode, pass after a word, secret, pin, otp): short
 *   values, plain words, numbers and quoted phrases count, unless they are placeholders or status words;
 * - a provider issued it (token, api key, auth, bearer, credentials…): it has 8+ characters, is not a word, and,
 *   where the key or the value's prefix names a provider, has that provider's shape.
 */
import { isValueJudgedKey, sensitiveKeyWord, splitKeyWords } from '../../src/engine/key-names.js';
import { isPlaceholder, isTemplate } from './checks.js';

/** Words a person fills in; a value after them may be short, a word or a phrase. */
const HUMAN_WORDS = new Set(['password', 'passwords', 'passwd', 'passphrase', 'passcode', 'pwd', 'pass', 'secret', 'secrets', 'pin', 'otp']);

/**
 * `by-value`: a key that names a password only when its value reads as one (`pass` alone, see isValueJudgedKey
 * in src/engine/key-names.ts); looksLikePassword decides.
 */
export type KeyKind = 'human' | 'machine' | 'by-value';

/** Whether `key` is sensitive, and if so whether its value is chosen by a person or issued by a provider. */
export function keyKind(key: string): KeyKind | undefined {
  if (sensitiveKeyWord(key) === undefined) return isValueJudgedKey(key) ? 'by-value' : undefined;
  // The last sensitive word names what the value is: `AWS_SECRET_ACCESS_KEY` holds a key, `client_secret` a secret.
  const words = splitKeyWords(key);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (/^keys?$/.test(word)) return 'machine';
    if (word === 'pass' && i > 0) return 'human'; // db_pass, smtpPass
    const own = sensitiveKeyWord(word);
    if (own !== undefined) return HUMAN_WORDS.has(own) ? 'human' : 'machine';
  }
  return 'machine';
}

/**
 * A key that says its value is not real: test fixtures and documentation (`fakeToken`, `dummy_password`,
 * `nonMatchingToken`, `example_api_key`). `test` is not among them: `TEST_API_KEY` holds a real (test-mode) key.
 */
const FIXTURE_WORDS = new Set(['fake', 'dummy', 'mock', 'mocked', 'example', 'sample', 'placeholder', 'bogus', 'nonmatching', 'fixture']);

export function isFixtureKey(key: string): boolean {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\bnon[ _.-]?matching\b/g, 'nonmatching')
    .split(/[^a-z0-9]+/);
  return words.some((word) => FIXTURE_WORDS.has(word));
}

/**
 * Default passwords that products ship and deployments keep (`changeme`, Java keystores' `changeit`): after a
 * password key they are the running system's password, so they are redacted. Words that name the slot
 * (`password`, `secret`, `required`, `null`) and template syntax (`${X}`, `<password>`, `****`) are not values.
 */
const SHIPPED_DEFAULT = /^change[_-]?(?:me|it)[0-9!]*$/i;

/** Words that report a state rather than being a password: `password: required`, `password=invalid`. */
const STATUS_WORDS = new Set(
  (
    'required optional invalid incorrect wrong expired missing empty blank none null nil unset set ok okay yes no ' +
    'true false valid weak strong ignored hidden masked redacted provided present absent mismatch match matches ' +
    'accepted rejected denied failed failure error errors success succeeded saved stored changed updated reset ' +
    'rotated generated verified pending unknown default disabled enabled protected encrypted omitted supplied sent ' +
    'too short long change new old same different configured'
  ).split(' '),
);

/** Function words and form vocabulary: a quoted phrase holding one is a message, not a passphrase. */
const PROSE_WORDS = new Set(
  (
    'the a an is are was were be been being must should will would can cannot could may might not no too at least ' +
    'of to for in on and or this that it its your you please field required invalid incorrect characters character ' +
    'match matches short long empty missing expired wrong provided has have does did do if when than contain contains ' +
    'enter use used'
  ).split(' '),
);

/** A value that is a person's password after a human key (`explicit`: an `=`, `:` or `=>` stands between them). */
export function acceptsChosenValue(value: string): boolean {
  if (value.length < 4) return false;
  if (!SHIPPED_DEFAULT.test(value) && (isPlaceholder(value) || isTemplate(value))) return false;
  if (/^[x*#•.]+$/i.test(value)) return false; // a mask
  if (/^[{(\[]/.test(value)) return false; // {password}, (optional), [hidden]
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return false; // a URL: url-credentials and database-url judge it
  if (/^(?:~?\/|\.\.?\/|[A-Za-z]:\\)/.test(value)) return false; // a path (PWD=/home/app)
  if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}/.test(value) || /^v?[0-9]+(?:\.[0-9]+)+$/.test(value)) return false; // date, version
  if (/^[0-9]+(?:\.[0-9]+)?(?:ms|s|m|h|d|kb|mb|gb|%)?$/i.test(value) && value.length < 4) return false;
  const lower = value.toLowerCase();
  if (/^[a-z]+$/.test(lower) && (STATUS_WORDS.has(lower) || /(?:ed|ing)$/.test(lower))) return false;
  if (/^[a-z]+(?:[_-][a-z]+)+$/.test(value)) return false; // invalid_grant, not-found: an error code
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value) && !/[0-9]/.test(value)) return false; // DB_PASSWORD: a name
  return true;
}

/**
 * A chosen value that reads as a password with nothing else to say so: where the context is weaker than an
 * assignment to a password key (prose, `The staging password is …`; the lone key `pass`, also a test count). Besides
 * the chosen-value rules it must mix a letter with a digit, a symbol or an inner capital (`hunter2`, `Xk9;mQ2v`,
 * `RZz70Vi*x6`): words (`required`, `incorrect`, `Summer`), numbers (`12`, `2024`) and shipped defaults stay.
 */
export function looksLikePassword(value: string): boolean {
  if (!acceptsChosenValue(value) || SHIPPED_DEFAULT.test(value) || isPlaceholder(value)) return false;
  if (!/[A-Za-z]/.test(value)) return false;
  return /[^A-Za-z]/.test(value) || (/[a-z]/.test(value) && /.[A-Z]/.test(value));
}

/** A quoted phrase after a human key that is a passphrase (`correct horse battery staple`), not a message. */
export function acceptsChosenPhrase(value: string): boolean {
  const words = value.trim().split(/\s+/);
  if (!acceptsChosenValue(words.join(' ').replace(/\s/g, ''))) return false;
  if (isTemplate(value)) return false;
  // A word mixing letters with digits or symbols (`S3cr3t with spaces`) is not how messages are written.
  if (words.some((word) => /[A-Za-z]/.test(word) && /[^A-Za-z]/.test(word.replace(/[.,!?:;]$/, '')))) return true;
  if (/[.!?]$/.test(value)) return false; // a sentence
  return !words.some((word) => PROSE_WORDS.has(word.toLowerCase().replace(/[^a-z]/g, '')));
}

/**
 * Providers whose key names or value prefixes are unmistakable, with the shape their tokens have (from each
 * provider's documented format). A value under such a key, or starting with such a prefix, that does not have the
 * shape is not that provider's token: too short, too long, or in a charset the provider never issues. Each
 * provider's own detector, where there is one, finds the real ones.
 */
interface ProviderShape {
  readonly key?: RegExp;
  readonly prefix?: RegExp;
  readonly shape: RegExp;
}

const PROVIDER_SHAPES: readonly ProviderShape[] = [
  // AWS secret access keys: 40 characters of base64's alphabet.
  { key: /aws.?secret.?(?:access.?)?key$/i, shape: /^[A-Za-z0-9/+]{40}$/ },
  // Cisco Meraki dashboard API keys: 40 lower-case hex digits.
  { key: /meraki.?(?:api.?key|token|key)$/i, shape: /^[0-9a-f]{40}$/ },
  // Telegram bot tokens: the bot's numeric id, a colon, 35 characters.
  { key: /telegram.?(?:bot.?|api.?)?token$/i, shape: /^[0-9]{5,16}:[A-Za-z0-9_-]{35}$/ },
  // Sumo Logic access ids are 14 characters, access keys 64.
  { key: /sumo.?(?:logic.?)?access.?key$/i, shape: /^[A-Za-z0-9]{64}$/ },
  { key: /sumo.?(?:logic.?)?access.?id$/i, shape: /^su[A-Za-z0-9]{12}$/ },
  // Salesforce access and refresh tokens are long (an org id and `!` then 80+ characters; refresh tokens 80+).
  { key: /salesforce.?(?:access.?|refresh.?)?token$/i, shape: /^[A-Za-z0-9!._]{40,}$/ },
  // Databricks personal access tokens: dapi and 32 hex digits, sometimes a -N suffix.
  { key: /databricks.?(?:api.?)?token$/i, prefix: /^dapi/, shape: /^dapi[0-9a-f]{32}(?:-[0-9]+)?$/i },
  // Slack tokens (xoxb-, xoxp-, legacy xoxa-/xoxs-/xoxo-/xoxr-): dash-separated ids and a secret part that holds
  // letters or a second id; one run of digits after the prefix is an id, not a token.
  // Bot and user tokens (xoxb-, xoxp-) carry the workspace's and the user's numeric ids, 8 to 14 digits each, as the
  // slack-bot-token and slack-user-token detectors read them; `xoxp-1234-1234-1234-…` has stand-ins for the ids.
  { prefix: /^xox[bp]-/, shape: /^xox[bp]-(?:[0-9]{8,14}-){1,3}[0-9A-Za-z]{8,64}$/ },
  { prefix: /^xox[a-z]-/, shape: /^xox[a-z]-(?:[0-9]+-[0-9A-Za-z-]{4,}|(?=[0-9-]*[A-Za-z])[0-9A-Za-z-]{10,})$/ },
];

/** The value claims a provider, by its key or its prefix, without having that provider's shape. */
export function failsProviderShape(key: string, value: string): boolean {
  for (const provider of PROVIDER_SHAPES) {
    const claimed = (provider.key?.test(key) ?? false) || (provider.prefix?.test(value) ?? false);
    if (claimed && !provider.shape.test(value)) return true;
  }
  return false;
}
