import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64url } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'dbt-cloud-token',
  what: 'dbt Cloud service token (dbtc_) or personal access token (dbtu_)',
  prefixes: ['dbtc_', 'dbtu_'],
  body: base64url(40, 80),
  contexts: ['DBT_CLOUD_API_TOKEN={}', 'Authorization: Token {}'],
});
