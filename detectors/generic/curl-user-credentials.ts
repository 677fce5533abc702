import { defineDetector } from '../../src/engine/detector.js';
import { isPasswordPlaceholder, isPlaceholder } from '../lib/checks.js';
import { LOWER, fake } from '../lib/sample.js';

export default defineDetector({
  id: 'curl-user-credentials',
  description: 'Password given to curl as -u/--user user:password, quoted or not: only the password is redacted',
  category: 'secret',
  keywords: ['curl'],
  // The -u option of the same curl command (up to 300 characters later, before a pipe, `;`, `&` or a newline that
  // is not a `\` line continuation); the user may be quoted, the quote JSON-escaped.
  pattern: String.raw`\bcurl\b(?:[^\n\r|;&]|\\\r?\n){0,300}?[\s"'](?:-u|--user)(?:[ \t]+|=)\\*["']?(?P<user>[^\s:"'\\]*)\\*["']?:\\*["']?(?P<secret>[^\s"'\\]+)`,
  validate: (secret, context) => {
    const user = context.groups[1] ?? '';
    return !isPasswordPlaceholder(secret, user) && !isPlaceholder(secret);
  },
  priority: 10,
  samples: {
    positive: [
      `curl -u ${fake('curl-1u', 6, LOWER)}:${fake('curl-1p', 14)} https://api.example.com/v1/me`,
      `curl --user "svc:${fake('curl-2p', 18)}" -X POST https://hooks.example.com/x`,
      `curl -s --user 'api:${fake('curl-3p', 12)}' https://api.example.com`,
      `curl -u :${fake('curl-4p', 16)} https://localhost:9200`,
      `curl --user ${fake('curl-5u', 5, LOWER)}:'${fake('curl-5p', 16)}' -iX PATCH https://api.example.com`,
      `curl -X POST https://api.example.com/oauth2/token \\\n  -H 'Accept: application/json' \\\n  --user ${fake('curl-6u', 15, LOWER)}:${fake('curl-6p', 15)}`,
    ],
    negative: [
      'curl -u "$USER:$PASSWORD" https://api.example.com',
      'curl -u user:password https://httpbin.org/basic-auth/user/password',
      'curl -u elastic https://localhost:9200',
      'git push -u origin main',
      'curl --user "${API_USER}:${API_PASSWORD}" https://api.example.com',
      'sort -u file.txt:12',
      "curl -i -u 'test:test' https://httpbin.org",
      'curl -sL --user "$1:$2" "$3"',
      'curl --user neo4j:[PASSWORD] http://[IP]:7474/db/data/',
      'curl https://example.com | sort -u file.txt:12',
    ],
  },
});
