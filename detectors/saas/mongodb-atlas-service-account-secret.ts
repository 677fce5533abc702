import { formatTokenDetector } from '../lib/format-token.js';
import { BASE64URL, HEX, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/** Atlas service account (OAuth client) secrets start with mdb_sa_sk_; client ids are mdb_sa_id_ + 24 hex (not secret). */
const secret = (seed: string, length = 43): string => `mdb_sa_sk_${fake(seed, length, BASE64URL)}`;

export default formatTokenDetector({
  id: 'mongodb-atlas-service-account-secret',
  description: 'MongoDB Atlas service account client secret: mdb_sa_sk_ + 32 or more base64url characters (found bare)',
  keywords: ['mdb_sa_sk_'],
  token: 'mdb_sa_sk_[A-Za-z0-9_-]{32,128}',
  sample: secret,
  contexts: ['MONGODB_ATLAS_CLIENT_SECRET={}', `atlas auth login --clientId mdb_sa_id_${fake('atlas-sa-id', 24, HEX)} --clientSecret {}`],
  negatives: [`mdb_sa_id_${fake('atlas-sa-id-2', 24, HEX)}`, secret('atlas-sa-short', 12), 'mdb_sa_sk_' + 'x'.repeat(43), 'mdb_sa_sk_<client-secret>'],
  validate: (token) => randomMixedCase(token.slice(10).replace(/[-_]/g, '')),
});
