import { defineDetector } from '../../src/engine/detector.js';
import { isTemplate, percentDecode } from '../lib/checks.js';
import { ALNUM, fake } from '../lib/sample.js';

/**
 * A MongoDB connection string, `mongodb://` or `mongodb+srv://`, with a password: `user:password@host[:port]`, and
 * for a replica set a comma-separated list of hosts (`@10.0.0.5:27018,10.0.0.6:27018/db`), which URL parsers and
 * the generic URL detector do not take for one authority. Only the password is redacted. A template (`${PASS}`,
 * `<password>`) is not a password; a short real one (`root:root`) still is: the string names a live deployment.
 */
const HOST = String.raw`[A-Za-z0-9._-]+(?::[0-9]{1,5})?`;
const password = (seed: string): string => fake(seed, 16, ALNUM);

export default defineDetector({
  id: 'mongodb-connection-string',
  description:
    'MongoDB connection string (mongodb:// or mongodb+srv://) with user:password@ and one or several hosts: the password is redacted',
  category: 'secret',
  keywords: ['mongodb://', 'mongodb+srv://'],
  pattern: String.raw`(?i:mongodb(?:\+srv)?://)[^:@/\s"'\\]{1,128}:(?P<secret>[^@/\s"'\\]{1,256})@${HOST}(?:,${HOST})*(?:[/?\s"'\\]|$)`,
  validate: (secret) => {
    const value = percentDecode(secret);
    return value.length >= 3 && !isTemplate(value) && !/^(?:password|passwd|pass|pwd|secret)$/i.test(value);
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
      'mongodb+srv://cluster0.ab1cd.mongodb.net/test',
    ],
  },
});
