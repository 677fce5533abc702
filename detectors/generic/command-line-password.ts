import { defineDetector } from '../../src/engine/detector.js';
import { isPasswordPlaceholder } from '../lib/checks.js';
import { ALNUM, fake } from '../lib/sample.js';

/**
 * Passwords given as short options of the commands agents run: the MySQL/MariaDB clients take `-p<password>`
 * attached (`-p` alone prompts, `-P3306` is the port), `sshpass -p <password>`, `redis-cli -a <password>`,
 * `docker login -p <password>`. The option must belong to the same command: up to 300 characters later, before a
 * pipe, `;`, `&` or a newline. `--password=…` and `--password …` are generic-credential's.
 */
const MYSQL = String.raw`\b(?:mysql(?:dump|admin|import|check|sh)?|mariadb(?:-dump|-admin)?)\b[^\n\r|;&]{0,300}?[ \t]-p\\*["']?`;
const SPACED = String.raw`\b(?:sshpass\b[^\n\r|;&]{0,300}?[ \t]-p|redis-cli\b[^\n\r|;&]{0,300}?[ \t]-a|docker[ \t]+login\b[^\n\r|;&]{0,300}?[ \t]-p)[ \t]+\\*["']?`;

const password = (seed: string): string => fake(seed, 12, ALNUM + '!#%*_');

export default defineDetector({
  id: 'command-line-password',
  description:
    'Password passed as a short option: mysql/mysqldump/mariadb -p<password>, sshpass -p, redis-cli -a, docker login -p; ' +
    'only the password is redacted, placeholders and $VARIABLES are skipped',
  category: 'secret',
  trigger: String.raw`(?i:mysql|mariadb|sshpass|redis-cli|docker[ \t]+login)`,
  pattern: String.raw`(?:${MYSQL}|${SPACED})(?P<secret>[^\s"'\\-][^\s"'\\]*)`,
  validate: (secret) => !isPasswordPlaceholder(secret, '') && !secret.startsWith('$'),
  samples: {
    positive: [
      `mysql -u root -p${password('cl-1')} -h db.internal orders`,
      `mysqldump --single-transaction -uapp -p'${password('cl-2')}' orders > dump.sql`,
      `sshpass -p ${password('cl-3')} ssh deploy@10.0.0.5`,
      `redis-cli -h cache -a ${password('cl-4')} PING`,
      `docker login registry.example.com -u ci -p ${password('cl-5')}`,
    ],
    negative: [
      'mysql -u root -p -h db.internal',
      'mysql -u root -P3306 -h db.internal',
      'mysql -u root -p"$MYSQL_PASSWORD" orders',
      'sshpass -p $SSH_PASS ssh deploy@host',
      'redis-cli -a [PASSWORD] PING',
      'docker login -u ci --password-stdin',
      'mysql -h db -e "select 1"; ls -p /tmp',
      'npm run build -- -p production',
    ],
  },
});
