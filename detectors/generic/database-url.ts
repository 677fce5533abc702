import { defineDetector } from '../../src/engine/detector.js';
import { isPasswordPlaceholder } from '../lib/checks.js';
import { LOWER, fake } from '../lib/sample.js';

/** Schemes of databases and brokers, with an optional driver suffix (postgresql+psycopg2, mysql+aiomysql, mongodb+srv). */
const SCHEME = String.raw`(?i:postgres(?:ql)?|mysql|mariadb|mongodb|rediss?|amqps?|mssql|sqlserver)(?:\+[A-Za-z0-9]+)?`;

/**
 * scheme://user:PASSWORD@host. The password may hold an unencoded `@` (the last `@` before the host wins) but no
 * `/`, `?`, `#`, quote, space or backslash, so it never runs past the authority of the URL.
 */
const PASSWORD = String.raw`(?P<secret>[^\s"'\x60<>/\\?#]+)`;

const password = (seed: string): string => fake(seed, 18);

/** Oracle thin JDBC URLs put `user/password@` right after the driver: `jdbc:oracle:thin:scott/PASSWORD@//db:1521/svc`. */
const ORACLE = String.raw`(?i:jdbc:oracle:[a-z0-9]+:)[A-Za-z0-9_$#.]{1,64}/`;

/** The user name of the match `scheme://user:secret@` or `jdbc:oracle:thin:user/secret@`. */
function userOf(secret: string, match: string): string {
  const end = match.length - secret.length - 2;
  const start = match.includes('://') && match.indexOf('://') < end ? match.indexOf('://') + 3 : match.lastIndexOf(':', end) + 1;
  return match.slice(start, end);
}

export default defineDetector({
  id: 'database-url',
  description:
    'Password in a database or broker connection URL (postgres, mysql, mariadb, mongodb(+srv), redis(s), amqp(s), mssql, ' +
    'sqlserver, with driver suffixes; Oracle thin JDBC user/password@): only the password before @host is redacted',
  category: 'secret',
  keywords: ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver', 'jdbc:oracle:'],
  pattern: String.raw`(?:${SCHEME}://[^:@/\s"'\x60<>\\]*:|${ORACLE})${PASSWORD}@`,
  validate: (secret, context) => !isPasswordPlaceholder(secret, userOf(secret, context.match)),
  samples: {
    positive: [
      `postgres://app:${password('db-1')}@db.internal:5432/orders`,
      `DATABASE_URL=postgresql+psycopg2://svc_api:${password('db-2')}@10.0.0.12/main?sslmode=require`,
      `mongodb+srv://agent:${password('db-3')}@cluster0.example.mongodb.net/?retryWrites=true`,
      `redis://:${password('db-4')}@cache:6379/0`,
      `amqps://worker:${fake('db-5a', 8, LOWER)}@${fake('db-5b', 6)}@mq.example.com:5671/vhost`,
      `jdbc:sqlserver://sa:${password('db-6')}@sql01:1433`,
      `jdbc:oracle:thin:scott/${password('db-7')}@//ora01.internal:1521/ORCLPDB1`,
      `url=jdbc:oracle:thin:app_user/${password('db-8')}@ora01:1521:orcl`,
    ],
    negative: [
      'postgres://app@db.internal:5432/orders',
      'postgres://app:${DB_PASSWORD}@db.internal:5432/orders',
      'mysql://root:****@localhost:3306/test',
      'mysql://user:<password>@host/db',
      'redis://localhost:6379/0',
      'https://user:hunter2@example.com/path',
      'mongodb://admin:[REDACTED]@mongo:27017',
      'mongodb://username:password@localhost:27017/database',
      'postgres://postgres:postgres@localhost:5432/app',
      'postgres://$(PGUSER):$(PGPASSWORD)@$(PGHOST)/$(PGDATABASE)',
      'postgresql://{username}:{password}@{{host}}:5432/{database}',
      'mysql://admin:REPLACE_WITH_PASSWORD@mysql.server.com:3306/database',
      'jdbc:oracle:thin:@//ora01.internal:1521/ORCLPDB1',
      'jdbc:oracle:thin:scott/${ORACLE_PASSWORD}@ora01:1521:orcl',
    ],
  },
});
