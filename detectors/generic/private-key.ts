import { defineDetector } from '../../src/engine/detector.js';
import { BASE64, fake } from '../lib/sample.js';

/**
 * A PEM private key block, or the SSH2 (RFC 4716 style) `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----` block. The body
 * is matched greedily over base64, whitespace, literal escape sequences (`\n` as backslash + n, once or twice
 * escaped) and the armour headers (`Proc-Type:`, `DEK-Info:`, PGP `Version:` and `Comment: Alice <alice@…>`, SSH2
 * `Comment: "…"`, a quoted value taken as a unit so that a quote never lets the body leave a JSON string); a dash
 * is only allowed before a letter or digit (AES-128-CBC), so the body stops at the END line. The END line is
 * optional so a key that a log line cut short is still redacted.
 */
const LABEL = String.raw`(?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?`;
const BODY = String.raw`(?:[A-Za-z0-9+/=\s\\:,.<>@()_]|-[A-Za-z0-9]|\\*"[^"\n\\]{0,200}\\*")*`;
const BEGIN = String.raw`-{4,5} ?BEGIN ${LABEL} ?-{4,5}`;
const END = String.raw`-{4,5} ?END ${LABEL} ?-{4,5}`;

function lines(seed: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => fake(`${seed}-${i}`, 64, BASE64));
}

function pem(label: string, body: string[], newline: string): string {
  return [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join(newline);
}

/**
 * At least 40 base64 characters from 16+ distinct symbols once the BEGIN/END lines, escapes and armour headers
 * (`Proc-Type:`, `DEK-Info:`, `Version:`) are removed: a header alone, `...` or `xxxx` is not a key. (Real OpenSSH
 * bodies hold runs like AAAAAAAA, so there is no run check here.) Reads at most the first 200 characters of
 * material, with anchored, bounded regexes only: a key body can be very long.
 */
function hasKeyMaterial(match: string): boolean {
  let material = '';
  for (const raw of match.replace(/\\+[nrt]/g, '\n').split('\n')) {
    const line = raw
      .replace(/-{4,5} ?(?:BEGIN|END) [A-Z0-9 ]{0,60}?-{4,5}/g, ' ')
      // Armour headers, also when a flattened key keeps them on its one line: `DEK-Info: AES-128-CBC,9F…`.
      .replace(/(?:^|\s)[A-Za-z][A-Za-z-]{0,39}: (?:\\*"[^"]{0,200}"|\S{0,200})/g, ' ')
      .trim();
    material += line.replace(/[^A-Za-z0-9+/]/g, '');
    if (material.length >= 200) break;
  }
  return material.length >= 40 && new Set(material).size >= 16;
}

export default defineDetector({
  id: 'private-key',
  description:
    'PEM private key block (RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP or PKCS#8 PRIVATE KEY; also SSH2 ENCRYPTED PRIVATE KEY) with real newlines, ' +
    'escaped \\n newlines, or flattened on one line; an unterminated block is redacted to the end of its body',
  category: 'secret',
  keywords: ['PRIVATE KEY'],
  pattern: String.raw`${BEGIN}${BODY}(?:${END})?`,
  // A key written with real newlines spans lines: a line-oriented door holds the block and scans it whole.
  // Past the window's bound, a line of base64 (or blank) continues the body; armour headers only follow BEGIN.
  multiline: {
    begin: BEGIN,
    end: END,
    body: String.raw`^\s*[A-Za-z0-9+/=]*\s*$`,
  },
  validate: (secret) => hasKeyMaterial(secret),
  samples: {
    positive: [
      pem('RSA PRIVATE KEY', lines('pk-rsa', 6), '\n'),
      pem('PRIVATE KEY', lines('pk-pkcs8', 5), '\\n'),
      pem('OPENSSH PRIVATE KEY', lines('pk-ssh', 4), ' '),
      pem(
        'EC PRIVATE KEY',
        [
          'Proc-Type: 4,ENCRYPTED',
          `DEK-Info: AES-128-CBC,${fake('pk-iv', 32, '0123456789ABCDEF')}`,
          '',
          ...lines('pk-ec', 3),
        ],
        '\n',
      ),
      `-----BEGIN ENCRYPTED PRIVATE KEY-----\\n${lines('pk-cut', 2).join('\\n')}`,
      pem('PGP PRIVATE KEY BLOCK', ['', ...lines('pk-pgp', 3), `=${fake('pk-crc', 4, BASE64)}`], '\n'),
      pem(
        'PGP PRIVATE KEY BLOCK',
        ['Version: GnuPG v2', 'Comment: Alice Example <alice@example.com>', '', ...lines('pk-pgp2', 3), `=${fake('pk-crc2', 4, BASE64)}`],
        '\\n',
      ),
      pem(
        'RSA PRIVATE KEY',
        ['Proc-Type: 4,ENCRYPTED', `DEK-Info: DES-EDE3-CBC,${fake('pk-iv2', 16, '0123456789ABCDEF')}`, '', ...lines('pk-flat', 3)],
        ' ',
      ),
      pem('PRIVATE KEY', lines('pk-double', 4), '\\\\n'),
      [
        '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----',
        'Comment: "rsa-key-20240115"',
        ...lines('pk-ssh2', 4),
        '---- END SSH2 ENCRYPTED PRIVATE KEY ----',
      ].join('\n'),
      `key=-----BEGIN EC PRIVATE KEY-----${lines('pk-nospace', 2).join('')}-----END EC PRIVATE KEY-----`,
    ],
    negative: [
      pem('PRIVATE KEY', ['...'], '\n'),
      pem('PUBLIC KEY', lines('pk-pub', 4), '\n'),
      pem('CERTIFICATE', lines('pk-cert', 4), '\n'),
      'error:1E08010C:DECODER routines::unsupported: expected "-----BEGIN PRIVATE KEY-----"',
      pem('RSA PRIVATE KEY', ['x'.repeat(64), 'x'.repeat(64)], '\\n'),
      'privateKey: process.env.PRIVATE_KEY',
    ],
  },
});
