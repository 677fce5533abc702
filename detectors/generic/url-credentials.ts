import { defineDetector } from '../../src/engine/detector.js';
import { isPasswordPlaceholder } from '../lib/checks.js';
import { LOWER, fake } from '../lib/sample.js';
import { HARD_NEGATIVES } from '../lib/hard-negatives.js';

/** Schemes the database-url detector owns: skipped here so one password gives one finding. */
const DATABASE_SCHEMES =
  /^(?:jdbc:)?(?:postgres(?:ql)?|mysql|mariadb|mongodb|rediss?|amqps?|mssql|sqlserver)(?:\+|:\/\/)/i;

function urlPassword(secret: string, match: string): boolean {
  const scheme = match.replace(/^[^A-Za-z]/, '');
  if (DATABASE_SCHEMES.test(scheme)) return false;
  const user = match.slice(match.indexOf('://') + 3, match.length - secret.length - 2);
  return !isPasswordPlaceholder(secret, user);
}

const password = (seed: string): string => fake(seed, 16);

export default defineDetector({
  id: 'url-credentials',
  description:
    'Password in the userinfo of a URL of any other scheme (https://user:PASSWORD@host, ftp, sftp, ssh, git, smtp, ' +
    'ldap, ws...): only the password is redacted. Database and broker URLs are left to database-url.',
  category: 'secret',
  // `://` is in every URL; a URL with a password has `://user:password@`, which clean URLs (with ports, paths or
  // `@handles` after the host) never hold.
  trigger: String.raw`://[^:@/\s"'\x60<>\\]*:[^\s"'\x60<>/\\?#]*@`,
  // The character before the scheme is consumed so a match never starts inside a scheme name (ostgres://).
  pattern: String.raw`(?:^|[^A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,30}://[^:@/\s"'\x60<>\\]*:(?P<secret>[^\s"'\x60<>/\\?#]+)@`,
  validate: (secret, context) => urlPassword(secret, context.match),
  samples: {
    positive: [
      `https://deploy:${password('url-1')}@git.example.com/org/repo.git`,
      `ftp://${fake('url-2u', 6, LOWER)}:${password('url-2')}@files.example.com/in`,
      `HTTPS_PROXY=http://proxy-user:${password('url-3')}@proxy.internal:3128`,
      `smtps://alerts%40example.com:${password('url-4')}@smtp.example.com:465`,
      // Short, still a password: the syntax says so.
      `proxy http://bob:${fake('url-5', 2, LOWER)}1@proxy.corp:3128 set`,
    ],
    negative: [
      ...HARD_NEGATIVES,
      'https://user@example.com/path',
      'https://x-access-token:${GITHUB_TOKEN}@github.com/org/repo.git',
      'https://user:password@example.com',
      'https://admin:admin@localhost:8080',
      'https://example.com:8443/v1/items',
      'https://medium.com/@author/post-title',
      `postgres://app:${password('url-n1')}@db:5432/x`,
      'https://${username}:${password}@api.example.com',
      'https://YOUR_USERNAME:YOUR_PASSWORD@api.service.com',
      'https://user:1111@service.com/api',
      'https://u:p@api.example.com/v1',
      'https://a:bc@api.example.com/v1',
      'https://user:abc@api.example.com/v1',
      'https://admin:123@api.example.com/v1',
      'https://{USER}:{PASS}@template.example.com',
    ],
  },
});
