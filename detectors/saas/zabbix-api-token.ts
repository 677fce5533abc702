import { SEP } from '../lib/provider-key.js';
import { hexValue, keyedSecretDetector } from '../lib/keyed-secret.js';

/**
 * Zabbix API tokens are 64 hex characters: only found after a Zabbix key name.
 */
export default keyedSecretDetector({
  id: 'zabbix-api-token',
  what: 'Zabbix API token',
  key: String.raw`zabbix${SEP}(?:api${SEP}|auth${SEP})?(?:token|key)`,
  names: 'ZABBIX_API_TOKEN, ZABBIX_AUTH_TOKEN',
  keywords: ['zabbix'],
  value: hexValue(64),
  contexts: ['ZABBIX_API_TOKEN={}', '"zabbixAuthToken": "{}"'],
});
