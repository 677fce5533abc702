import { defineDetector } from '../../src/engine/detector.js';
import { isPlaceholder, looksFake } from '../lib/checks.js';
import { HARD_NEGATIVES } from '../lib/hard-negatives.js';
import { ASSIGN } from '../lib/patterns.js';
import { ALNUM, BASE64URL, HEX, HEX_UPPER, fake } from '../lib/sample.js';

/** The word a session cookie's name ends with: every later cookie of a header holds it right before its `=`. */
const NAME_END = String.raw`(?i:sess(?:ion)?(?:[_.-]?(?:id|token|key))?|sid|auth(?:[_.-]?token)?|token|jwt|logged[_.-]?in(?:_[a-z0-9]+)?)`;
/**
 * Session cookies in Cookie and Set-Cookie headers. A cookie's name says what it holds; these names end with a
 * session or auth word: session, sess, sessionid, session_id, session-token, sid, connect.sid, JSESSIONID,
 * PHPSESSID, ASP.NET_SessionId, laravel_session, _app_session, rack.session, express:sess, auth, auth_token,
 * token, jwt, remember_token, wordpress_logged_in_…, with optional `__Host-` / `__Secure-` prefixes.
 */
const NAME = String.raw`(?i:(?:__(?:host|secure)-)?[a-z0-9_.:-]*${NAME_END})`;
/** Cookie values are tokens without whitespace, `;`, `,`, quotes or backslashes (RFC 6265 cookie-octet). */
const VALUE = String.raw`(?P<secret>[^\s;,"'\\]{8,})`;
/**
 * The first cookie of a Cookie/Set-Cookie header (`Cookie: sid=…`, `"set-cookie":["sid=…`), any later one of the
 * header, which follows `; `, or a later Set-Cookie value of a JSON array (`"set-cookie":["a=1","sid=…"]`, as Node
 * logs response headers). A Cookie header can hold several session cookies; each is found on its own.
 */
const NEXT_IN_ARRAY = String.raw`\\*"[ \t]*,[ \t]*\\*"`;
const PLACE = String.raw`(?:(?i:cookie)${ASSIGN}(?:\[[ \t]*\\*["']?)?|;[ \t]*|${NEXT_IN_ARRAY})`;

function sessionValue(secret: string, context: { readonly match: string }): boolean {
  // XSRF-TOKEN, csrftoken: an anti-forgery token, not a session.
  if (/(?:csrf|xsrf)[_.-]?token$/i.test(context.match.slice(0, context.match.length - secret.length - 1))) return false;
  if (isPlaceholder(secret) || looksFake(secret)) return false;
  if (/^(?:deleted|expired|invalid|null|none|logout|true|false)$/i.test(secret)) return false;
  if (/^[0-9]{1,15}$/.test(secret)) return false; // a counter or a timestamp
  return !/^[A-Za-z]+$/.test(secret) || secret.length >= 20; // a word, unless long enough to be random letters
}

export default defineDetector({
  id: 'session-cookie',
  description:
    'Value of a session or auth cookie in a Cookie or Set-Cookie header (session, sid, connect.sid, JSESSIONID, PHPSESSID, ' +
    'ASP.NET_SessionId, *_session, auth, *_token, jwt, wordpress_logged_in_*…): each such cookie value is redacted, ' +
    'other cookies (theme, lang) are kept',
  category: 'secret',
  // The name's last word and its `=`, without the `;` or `","` before the name: with them, the shared prefilter
  // DFA followed every JSON key after `","` through `[a-z0-9_.:-]*`, which cost about 6% of every clean line
  // (measured with every default detector in one set). A `token=` in a query now also runs this regex.
  trigger: String.raw`(?i:cookie)[\\"'\x60 \t]*[:=?.+]|${NAME_END}=`,
  pattern: String.raw`${PLACE}${NAME}=${VALUE}`,
  validate: sessionValue,
  priority: 50,
  samples: {
    positive: [
      `Cookie: JSESSIONID=${fake('ck-1', 32, HEX_UPPER)}`,
      `Cookie: theme=dark; connect.sid=s%3A${fake('ck-2a', 32, BASE64URL)}.${fake('ck-2b', 43, BASE64URL)}; lang=en`,
      `Set-Cookie: PHPSESSID=${fake('ck-3', 26, 'abcdefghijklmnopqrstuv0123456789')}; path=/; HttpOnly`,
      `"set-cookie":["__Host-session=${fake('ck-4', 40, BASE64URL)}; Path=/; Secure; HttpOnly; SameSite=Lax"]`,
      `cookie: _shop_session=${fake('ck-5', 48, ALNUM)}--${fake('ck-5b', 40, HEX)}`,
      `Cookie: ASP.NET_SessionId=${fake('ck-6', 24, 'abcdefghijklmnopqrstuvwxyz012345')}; __Secure-next-auth.session-token=${fake('ck-6b', 64, BASE64URL)}`,
      `"cookie": "sid=${fake('ck-7', 24, ALNUM)}"`,
      `"set-cookie":["theme=dark; Path=/","connect.sid=s%3A${fake('ck-8', 40, BASE64URL)}; Path=/; HttpOnly"]`,
    ],
    negative: [
      ...HARD_NEGATIVES,
      'Cookie: theme=dark; lang=en-US; tz=Europe/Berlin',
      'Set-Cookie: session=deleted; expires=Thu, 01 Jan 1970 00:00:00 GMT',
      'Cookie: session=${SESSION_COOKIE}',
      'Cookie: JSESSIONID=[REDACTED]',
      'Cookie: sid=****************',
      'cookie consent accepted; analytics=granted',
      'Set-Cookie: _ga=GA1.1.1234567890.1732370400; Max-Age=63072000',
      'Cookie: visit_count=1732370400',
      'cookie banner shown; session_count=3',
      `Cookie: XSRF-TOKEN=${fake('ck-n1', 40, BASE64URL)}; csrftoken=${fake('ck-n2', 32, ALNUM)}`,
    ],
  },
});
