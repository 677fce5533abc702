import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'clickhouse-cloud-api-secret',
  what: "ClickHouse Cloud API key secret",
  names: [words('clickhouse', 'api?', 'key', 'secret'), words('clickhouse', 'secret', 'key?')],
  namesText: "CLICKHOUSE_KEY_SECRET or CLICKHOUSE_SECRET",
  keywords: ["clickhouse"],
  value: base62(30, 64),
  contexts: ["CLICKHOUSE_KEY_SECRET={}", "\"clickhouseSecretKey\": \"{}\""],
});
