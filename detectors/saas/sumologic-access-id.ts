import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { sumoId } from '../lib/provider-values.js';

export default keyedSecretDetector({
  id: 'sumologic-access-id',
  what: "Sumo Logic access ID",
  names: [words('sumo', 'logic?', 'access', 'id'), words('sumo', 'logic?', 'access', 'key', 'id')],
  namesText: "SUMO_ACCESS_ID or sumologic_access_id",
  keywords: ["sumo"],
  value: sumoId,
  contexts: ["SUMO_ACCESS_ID={}", "\"sumologicAccessId\": \"{}\""],
});
