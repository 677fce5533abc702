import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'browserstack-access-key',
  what: 'BrowserStack access key',
  names: [words('browserstack', 'access?', 'key'), words('browser', 'stack', 'access', 'key')],
  namesText: 'BROWSERSTACK_ACCESS_KEY or browserstack.key',
  keywords: ['browserstack', 'browser_stack', 'browser-stack', 'browser.stack'],
  value: base62(20),
  contexts: ['BROWSERSTACK_ACCESS_KEY={}', "browserstack.key: '{}'"],
});
