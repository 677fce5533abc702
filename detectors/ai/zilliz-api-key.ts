import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { hex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'zilliz-api-key',
  what: "Zilliz Cloud / Milvus API key or token",
  names: [words('zilliz', 'cloud?', 'api', 'key'), words('zilliz', 'token'), words('milvus', 'token'), words('milvus', 'api', 'key')],
  namesText: "ZILLIZ_API_KEY, ZILLIZ_TOKEN or MILVUS_TOKEN",
  keywords: ["zilliz", "milvus"],
  value: hex(104),
  contexts: ["ZILLIZ_API_KEY={}", "MILVUS_TOKEN={}"],
});
