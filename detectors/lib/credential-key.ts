/**
 * The key half of the generic credential-in-context detectors (generic-credential, quoted-credential): which key
 * names reach confirmation. The regexes only let candidates through; `keyKind` (credential-value.ts), which uses the
 * structured-key classifier's word rules, decides.
 */
/**
 * A key name that ends with a sensitive word. The word must END the key (`db_password`, `x-api-key`,
 * `clientSecret`, `AWS_SESSION_TOKEN`): `prompt_tokens`, `max_tokens`, `token_type`, `tokenizer`,
 * `private_key_id` or `password_policy` never match, because the separator has to follow the word directly.
 * The whole key is matched from its first character (the character before it is consumed when there is one, RE2
 * has no lookbehind), so the validator sees `nextPageToken` and not just `Token`. That character is optional so
 * that a search resuming inside a rejected value (`Authorization: Bearer token abc…`, where `token` was taken for
 * the value) or right after an accepted one (`a=x&token=…`, where the `&` ended the first value) still finds the
 * key that starts there.
 */
const WORD_LIST = [
  'token',
  'secret',
  // password, passwd, passphrase, passcode, db_pass, and one-edit typos of them (`passwrd`, `pasword`): the
  // classifier decides, these only let the typo reach it. Every one-edit typo of an 8-letter word keeps its first
  // or its last four letters.
  'pass[a-z]{0,6}',
  '[a-z]{2,5}word',
  '[a-z]{2,5}phrase',
  'pwd',
  'pin',
  'otp',
  'jwt',
  'api[ _-]?key',
  'access[ _-]?key',
  'private[ _-]?key',
  // `key` alone is a cache or index key; these qualifiers make it a secret (DJANGO_SECRET_KEY, APP_KEY, licenseKey).
  '(?:secret|signing|encryption|master|client|session|license|subscription|app|auth)[ _-]?key',
  'secret[ _-]?key[ _-]?base',
  'bearer',
  'auth[a-z]{0,10}',
  '[a-z]{2,6}ri[sz]ation',
  'cred[a-z]{0,8}',
  '[a-z]{2,6}dentials?',
  'cookie',
];
export const WORDS = WORD_LIST.join('|');
/**
 * The same words as the prefilter sees them: every one starts with a literal (see DESIGN.md, "Triggers"), so a
 * word's leading letter class (`[a-z]{2,5}word`) is dropped; the trigger stays implied by the pattern.
 */
export const TRIGGER_WORDS = WORD_LIST.map((word) => word.replace(/^\[a-z\]\{\d+,\d+\}/, '')).join('|');
/** After the word, a number or a type word may end the key: `api_token_2`, `mySecretString`, `passwordValue`. */
export const SUFFIX = String.raw`(?:[_.-]?(?:[0-9]{1,3}|string|str|value|val))?`;
export const KEY = String.raw`(?:^|[^A-Za-z0-9_.-]|\\[nrt])?(?i:[a-z0-9_.-]*(?:${WORDS})${SUFFIX})`;


/** Words of keys whose value a person chose (password, passphrase, passwd, pwd, pin, otp, secret), typos included. */
export const HUMAN_WORDS = ['pass[a-z]{0,6}', '[a-z]{2,5}word', '[a-z]{2,5}phrase', 'pwd', 'secret', 'pin', 'otp'].join('|');
/** The same as the prefilter sees them, each led by a literal. */
export const HUMAN_TRIGGER_WORDS = ['pass[a-z]{0,6}', 'word', 'phrase', 'pwd', 'secret', 'pin', 'otp'].join('|');
export const HUMAN_KEY = String.raw`(?:^|[^A-Za-z0-9_.-]|\\[nrt])?(?i:[a-z0-9_.-]*(?:${HUMAN_WORDS})${SUFFIX})`;

/** The key name at the start of what follows the lead character, as KEY matched it (JavaScript, for validators). */
export const KEY_NAME = new RegExp(String.raw`^[a-z0-9_.-]*(?:${WORDS})${SUFFIX}(?![a-z0-9_.-])`, 'i');

/** The lead character of a match (the one before the key, or a `\\n` escape), the key, and what follows it. */
export function splitHead(head: string): { lead: string; key: string; separator: string } {
  const lead = /^(?:\\[nrt]|[^A-Za-z0-9_.-])/.exec(head)?.[0] ?? '';
  const afterLead = head.slice(lead.length);
  const key = KEY_NAME.exec(afterLead)?.[0] ?? '';
  return { lead, key, separator: afterLead.slice(key.length) };
}
