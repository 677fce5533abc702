import { defineDetector } from '../../src/engine/detector.js';
import { classes, isPlaceholder } from '../lib/checks.js';
import { plausibleEncoded } from '../lib/encoded.js';
import { ASSIGN, tokenStartOutside } from '../lib/patterns.js';
import { BASE64, fake } from '../lib/sample.js';

/** Not at a `+/%` inside a run: see tokenStartOutside. */
const KEY_BODY_START = tokenStartOutside('+/%');

/**
 * An AWS STS session token is a long base64 blob (hundreds of characters) with no fixed prefix in general, so it
 * is recognised after its key names: aws_session_token, AWS_SESSION_TOKEN, SessionToken (STS JSON),
 * X-Amz-Security-Token (header or presigned-URL parameter, where it is percent-encoded). Tokens issued today start
 * with `IQoJb3JpZ2lu` (older ones `FwoGZXIvYXdz`), the base64 of their binary header: those are also found without
 * a key name.
 */
const KEY = String.raw`(?i:(?:aws[_-]?)?session[_-]?token|x-amz-security-token|(?:aws[_-]?)?security[_-]?token)`;
const PREFIX = /^(?:IQoJb3JpZ2lu|FwoGZXIvYXdz)/;

/**
 * A blob reached without a key name is kept only when it starts with an STS header, so every accepted match holds a
 * keyword (a key name or a header), which is what the prefilter relies on. Real tokens hold runs of `/` (0xFF bytes),
 * so placeholders are told by `plausibleEncoded`, not by repeated characters.
 */
function validate(secret: string, context: { readonly match: string }): boolean {
  const before = context.match.slice(0, context.match.indexOf(secret));
  const keyed = /session|security/i.test(before);
  if (!keyed && !PREFIX.test(secret)) return false;
  const body = secret.replace(/%[0-9A-Fa-f]{2}/g, '/');
  const kinds = classes(body.replace(/[+/=]/g, ''));
  return kinds.lower && kinds.upper && kinds.digit && plausibleEncoded(body, 20) && !isPlaceholder(body);
}

/** Current tokens start `IQoJb3JpZ2luX2VjE` + one character + a run of `/` (the header's 0xFF bytes). */
const token = (seed: string, prefix = 'IQoJb3JpZ2luX2VjEP//////////wEa'): string => `${prefix}${fake(seed, 340, BASE64)}`;

export default defineDetector({
  id: 'aws-session-token',
  description:
    'AWS STS session token (long base64) after aws_session_token, SessionToken or X-Amz-Security-Token (also ' +
    'percent-encoded in presigned URLs), or anywhere when it starts with the STS header IQoJb3JpZ2lu / FwoGZXIvYXdz',
  category: 'secret',
  keywords: [
    'session_token',
    'session-token',
    'sessiontoken',
    'security-token',
    'security_token',
    'securitytoken',
    'IQoJb3JpZ2lu',
    'FwoGZXIvYXdz',
  ],
  pattern: String.raw`(?:${KEY}(?:${ASSIGN}|[ \t]+)|${KEY_BODY_START})(?P<secret>[A-Za-z0-9+/%]{100,}={0,2})(?:[^A-Za-z0-9+/=%]|$)`,
  validate,
  priority: 30,
  samples: {
    positive: [
      `aws_session_token = ${token('aws-st-1')}`,
      `"SessionToken": "${token('aws-st-2', 'FwoGZXIvYXdzE')}"`,
      `X-Amz-Security-Token=${encodeURIComponent(token('aws-st-3'))}&X-Amz-Signature=abc`,
      `AWS_SESSION_TOKEN=${fake('aws-st-4', 300, BASE64)}`,
      token('aws-st-5'),
    ],
    negative: [
      'aws_session_token=${AWS_SESSION_TOKEN}',
      `aws_session_token = ${fake('aws-st-short', 60, BASE64)}`,
      fake('aws-st-blob', 400, BASE64),
      `"thumbnail": "data:image/png;base64,${fake('aws-st-png', 300, BASE64)}"`,
      'AWS_SESSION_TOKEN=' + 'x'.repeat(200),
      `"integrity": "sha512-${fake('aws-st-sha', 86, BASE64)}=="`,
    ],
  },
});
