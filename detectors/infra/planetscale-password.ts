import { prefixedBareDetector } from '../lib/bare-token.js';
import { unpublishedBody } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'planetscale-password',
  what: "PlanetScale database password",
  prefixes: ["pscale_pw_"],
  body: unpublishedBody(32, 64),
  note: 'PlanetScale does not publish the alphabet',
  contexts: ["DATABASE_URL=mysql://app:{}@aws.connect.psdb.cloud/shop", "PLANETSCALE_DB_PASSWORD={}"],
});
