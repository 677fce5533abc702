import { SEP } from '../lib/provider-key.js';
import { alnumValue, keyedSecretDetector } from '../lib/keyed-secret.js';

/**
 * Help Scout app secrets and API keys are 32 alphanumeric characters: only found after a Help Scout key name.
 */
export default keyedSecretDetector({
  id: 'helpscout-app-secret',
  what: 'Help Scout app secret or API key',
  key: String.raw`help${SEP}scout${SEP}(?:app${SEP}|client${SEP}|api${SEP}|mailbox${SEP})?(?:secret|key|token)`,
  names: 'HELPSCOUT_APP_SECRET, HELP_SCOUT_API_KEY',
  trigger: String.raw`(?i:help[_.-]?scout)`,
  value: alnumValue(32),
  contexts: ['HELPSCOUT_APP_SECRET={}', '"helpScoutApiKey": "{}"'],
  negatives: ["HELPSCOUT_MAILBOX_ID=123456"],
});
