import type { DetectorDefinition } from '../../src/engine/detector.js';
import { HUMAN_KEY, HUMAN_TRIGGER_WORDS, SUFFIX, splitHead } from './credential-key.js';
import { acceptsChosenPhrase, isFixtureKey, keyKind } from './credential-value.js';

/**
 * A password or passphrase in quotes that holds what an unquoted value stops at (spaces, `,` `;` `&` `<`, the other
 * quote): `password="correct horse battery staple"`, `"password": "S3cr3t with spaces",` (pretty-printed JSON, YAML),
 * `--passphrase 'a b c'`. Only after a key a person fills in (password, passphrase, passwd, pwd, secret…): a quoted
 * phrase after `token` or `auth` is a message. A quoted value without such characters is generic-credential's.
 */
const SEPARATOR = String.raw`(?:\\*["'\x60]?[ \t]*(?:=>|:{1,3}=|[?.+]=|[:=])[ \t]*|[ \t]+)`;

export function quotedCredential(quote: '"' | "'", samples: DetectorDefinition['samples']): DetectorDefinition {
  const q = quote === '"' ? '"' : "'";
  const other = quote === '"' ? "'" : '"';
  return {
    id: quote === '"' ? 'quoted-credential' : 'single-quoted-credential',
    description:
      `Password or passphrase in ${quote === '"' ? 'double' : 'single'} quotes holding spaces or punctuation, after a password-like key ` +
      `(password="correct horse battery staple", "password": "S3cr3t with spaces", --passphrase ${q}a b c${q}); messages ` +
      '("must be at least 8 characters") and placeholders are skipped',
    category: 'secret',
    trigger: String.raw`(?i:(?:${HUMAN_TRIGGER_WORDS})${SUFFIX})${SEPARATOR}\\*${q}`,
    pattern: String.raw`${HUMAN_KEY}${SEPARATOR}\\*${q}(?P<secret>[^${q}\\\r\n]*[^${q}\\\s])\\*${q}`,
    validate: (secret, context) => {
      const head = context.match.slice(0, context.match.lastIndexOf(secret));
      const { key, separator } = splitHead(head);
      if (keyKind(key.replace(/^-+/, '')) !== 'human' || isFixtureKey(key)) return false;
      // `password "abc def"` in prose needs the key to be an option (`--password "…"`).
      if (!/[:=]/.test(separator) && !key.startsWith('-')) return false;
      // Without a space or a stop character, generic-credential takes the value whole.
      if (!new RegExp(String.raw`[\s,;&<${other}\x60]`).test(secret)) return false;
      return acceptsChosenPhrase(secret);
    },
    priority: 10,
    samples,
  };
}
