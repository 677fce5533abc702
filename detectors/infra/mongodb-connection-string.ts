import { defineDetector } from '../../src/engine/detector.js';
import { isPasswordPlaceholder, percentDecode } from '../lib/checks.js';
import { ALNUM, fake } from '../lib/sample.js';

/**
 * A MongoDB connection string, `mongodb://` or `mongodb+srv://`, with a password: `user:password@host[:port]`, and
 * for a replica set a comma-separated list of hosts (`@10.0.0.5:27018,10.0.0.6:27018/db`), which URL parsers and
 * the generic URL detector do not take for one authority. The user and password are redacted together: a password
 * is often the user name again (`root:root`, an image default), and on a network host the string still names a live
 * deployment, so that counts; on localhost it is a development default and does not, nor does a template
 * (`${PASS}`, `<password>`, `username:password`).
 */
const LOCAL_HOST = /@(?:localhost|127\.[0-9.]+|0\.0\.0\.0|\[::1\]|[a-z0-9.-]*example\.(?:com|org|net))(?::[0-9]+)?(?:[,/?\s"'\\]|$)/i;
const HOST = String.raw`[A-Za-z0-9._-]+(?::[0-9]{1,5})?`;
const password = (seed: string): string => fake(seed, 16, ALNUM);

export default defineDetector({
  id: 'mongodb-connection-string',
  description:
    'MongoDB connection string (mongodb:// or mongodb+srv://) with user:password@ and one or several hosts: user and password are redacted',
  category: 'secret',
  keywords: ['mongodb://', 'mongodb+srv://'],
  pattern: String.raw`(?i:mongodb(?:\+srv)?://)(?P<secret>[^:@/\s"'\\]{1,128}:[^@/\s"'\\]{1,256})@${HOST}(?:,${HOST})*(?:[/?\s"'\\]|$)`,
  validate: (secret, context) => {
    const colon = secret.indexOf(':');
    const user = percentDecode(secret.slice(0, colon));
    const password = percentDecode(secret.slice(colon + 1));
    if (password === user && LOCAL_HOST.test(context.match)) return false;
    // The user name is passed as '' so that a password equal to it still counts on a network host (see above).
    return !isPasswordPlaceholder(password, '') && !/^(?:user(?:name)?|login)$/i.test(user);
  },
  priority: 55,
  samples: {
    positive: [
      'mongodb://root:root@10.0.0.5:27018,10.0.0.6:27018/db',
      `MONGO_URL=mongodb://agent:${password('mongo-1')}@mongo-0.mongo:27017,mongo-1.mongo:27017,mongo-2.mongo:27017/agents?replicaSet=rs0`,
      `connecting to mongodb+srv://app:${password('mongo-2')}@cluster0.ab1cd.mongodb.net/test?retryWrites=true`,
      `"uri": "mongodb://svc:${password('mongo-3')}%40x@db.internal:27017"`,
    ],
    negative: [
      'mongodb://10.0.0.5:27018,10.0.0.6:27018/db',
      'mongodb://user:${MONGO_PASSWORD}@10.0.0.5:27018/db',
      'mongodb://user:<password>@cluster0.mongodb.net/db',
      'mongodb://user:password@localhost:27017',
      'const MONGO_TEMPLATE = "mongodb://username:password@localhost:27017/database";',
      'mongodb://mongodb:mongodb@localhost:27017/test',
      'mongodb+srv://cluster0.ab1cd.mongodb.net/test',
    ],
  },
});
