import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64url } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'planetscale-password',
  what: "PlanetScale database password",
  prefixes: ["pscale_pw_"],
  body: base64url(32, 64),
  contexts: ["DATABASE_URL=mysql://app:{}@aws.connect.psdb.cloud/shop", "PLANETSCALE_DB_PASSWORD={}"],
});
