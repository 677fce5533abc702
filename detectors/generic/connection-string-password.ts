import { defineDetector } from '../../src/engine/detector.js';
import { isPasswordPlaceholder } from '../lib/checks.js';
import { HARD_NEGATIVES } from '../lib/hard-negatives.js';
import { ALNUM, LOWER, fake } from '../lib/sample.js';

/**
 * Passwords in `Key=Value;` connection strings (ADO.NET, ODBC, OLE DB, JDBC SQL Server properties; Oracle thin JDBC
 * URLs, `jdbc:oracle:thin:user/password@host`, are database-url's). A `Password=` or `Pwd=` pair counts as part of a
 * connection string when a `;` comes before it or a `;Key=` pair follows it, so `password=…` in a query string or an
 * env dump is left to the other detectors. Values may be unquoted (up to `;`), in single quotes, or in ODBC braces.
 */
const VALUE = String.raw`(?P<secret>'[^'\n]{1,200}'|\{[^}\n]{1,200}\}|[^;"'\s\\<>{][^;"'\s\\<>]*)`;
const PAIR = String.raw`(?:(?P<lead>;)[ \t]*|(?:^|[\s"'\x60=]|\\[nrt]))(?i:password|pwd)[ \t]*=[ \t]*${VALUE}(?P<tail>[ \t]*;[ \t]*[A-Za-z][A-Za-z0-9 ]{0,40}=)?`;

function connectionPassword(secret: string, context: { readonly groups: readonly (string | undefined)[] }): boolean {
  const [, lead, , tail] = context.groups;
  if (lead === undefined && tail === undefined) return false; // a lone password=… pair: not a connection string
  const value = secret.replace(/^(['{])(.*)['}]$/s, '$2');
  return !isPasswordPlaceholder(value, '');
}

const password = (seed: string): string => fake(seed, 16, ALNUM + '!#%*-_');

export default defineDetector({
  id: 'connection-string-password',
  description:
    'Password in a Key=Value; connection string (ADO.NET / ODBC / OLE DB / JDBC SQL Server: Server=…;User ID=…;' +
    'Password=…; or Pwd=…, unquoted, quoted or in braces): only the password is redacted. A lone password=… outside a ' +
    'connection string is left to generic-credential.',
  category: 'secret',
  trigger: String.raw`(?i:password|pwd)[ \t]*=`,
  pattern: String.raw`${PAIR}`,
  validate: connectionPassword,
  priority: 30,
  samples: {
    positive: [
      `Server=tcp:${fake('cs-1h', 8, LOWER)}.database.windows.net,1433;Initial Catalog=orders;User ID=app;Password=${password('cs-1')};Encrypt=True;`,
      `ConnectionStrings__Default=Data Source=sql01;Initial Catalog=app;User Id=sa;Password=${password('cs-2')}`,
      `jdbc:sqlserver://sql01:1433;databaseName=app;user=sa;password=${password('cs-3')};encrypt=true`,
      `Driver={ODBC Driver 18 for SQL Server};Server=db;Uid=report;Pwd={${password('cs-4')}};`,
      `Provider=SQLOLEDB;Data Source=db;User Id=etl;Password='${password('cs-5')}';`,
      `Password=${password('cs-6')};Persist Security Info=False;User ID=svc;Server=db`,
    ],
    negative: [
      ...HARD_NEGATIVES,
      'Server=db;Database=app;User Id=sa;Password=${DB_PASSWORD};',
      'Server=db;Database=app;User Id=sa;Password=<password>;',
      'Server=db;Database=app;Trusted_Connection=True;',
      'Server=db;User ID=sa;Password=****;',
      'Server=db;User ID=sa;Password=[REDACTED];',
      'password=hunter2hunter2',
      'https://example.com/login?user=app&password=abc',
      'Server=db;Password=password;',
      'Server=db;Pwd={your_password};',
    ],
  },
});
