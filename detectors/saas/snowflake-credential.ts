import { defineDetector } from '../../src/engine/detector.js';
import { classes, isPlaceholder, looksFake } from '../lib/checks.js';
import { AFTER_KEY, KEY_START, SEP } from '../lib/provider-key.js';
import { ALNUM, BASE64URL, fake } from '../lib/sample.js';

/**
 * Snowflake passwords, key-pair passphrases and programmatic access tokens have no shape of their own: found after
 * a Snowflake key name (SNOWFLAKE_PASSWORD, SNOWSQL_PWD, SNOWFLAKE_PRIVATE_KEY_PASSPHRASE, SNOWFLAKE_TOKEN,
 * snowflake.password). A value needs 8 or more characters and two character classes, and must not be a template.
 */
const NAME = String.raw`(?i:snow(?:flake|sql)${SEP}(?:user${SEP}|account${SEP}|db${SEP}|connection${SEP})?(?:password|passwd|pwd|pass|private${SEP}key${SEP}(?:file${SEP})?(?:passphrase|pwd|password)|token|pat|programmatic${SEP}access${SEP}token))`;

export default defineDetector({
  id: 'snowflake-credential',
  description:
    'Snowflake password, private key passphrase or programmatic access token after SNOWFLAKE_PASSWORD, SNOWSQL_PWD, ' +
    'SNOWFLAKE_PRIVATE_KEY_PASSPHRASE, SNOWFLAKE_TOKEN; no shape of its own, so not reported bare',
  category: 'secret',
  trigger: String.raw`(?i:snow(?:flake|sql)[_.-]?(?:user[_.-]?|account[_.-]?|db[_.-]?|connection[_.-]?)?(?:pass|pwd|private|token|pat|programmatic))`,
  pattern: String.raw`${KEY_START}${NAME}${AFTER_KEY}(?P<secret>[^\s"'\x60\\,;&]{8,512})(?:[\s"'\x60\\,;&]|$)`,
  validate: (secret) => classes(secret).count >= 2 && !isPlaceholder(secret) && !looksFake(secret),
  priority: 25,
  samples: {
    positive: [
      `SNOWFLAKE_PASSWORD=${fake('snowflake-1', 16, ALNUM)}!`,
      `SNOWSQL_PWD='${fake('snowflake-2', 14, ALNUM)}'`,
      `"snowflakePrivateKeyPassphrase": "${fake('snowflake-3', 20, ALNUM)}"`,
      `SNOWFLAKE_TOKEN=${fake('snowflake-4', 120, BASE64URL)}`,
    ],
    negative: ['SNOWFLAKE_PASSWORD=${SNOWFLAKE_PASSWORD}', 'SNOWFLAKE_PASSWORD=short1', 'SNOWFLAKE_PASSWORD=<password>', 'SNOWFLAKE_PASSWORD=changeme', `SNOWFLAKE_ACCOUNT=xy12345.us-east-1`, 'SNOWFLAKE_PASSWORD=password'],
  },
});
