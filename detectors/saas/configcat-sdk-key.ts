import { bareTokenDetector } from '../lib/bare-token.js';
import { looksFake } from '../lib/checks.js';
import { BASE64URL, fake } from '../lib/sample.js';

/** ConfigCat SDK keys (current format): `configcat-sdk-1/` + 22 base64url + `/` + 22 base64url. */
export default bareTokenDetector({
  id: 'configcat-sdk-key',
  description: 'ConfigCat SDK key: configcat-sdk-1/ + 22 base64url characters + / + 22 base64url characters',
  keywords: ['configcat-sdk-'],
  token: String.raw`configcat-sdk-[0-9]/[A-Za-z0-9_-]{22}/[A-Za-z0-9_-]{22}`,
  chars: '0-9A-Za-z_/-',
  make: (seed) => `configcat-sdk-1/${fake(`${seed}-c`, 22, BASE64URL)}/${fake(seed, 22, BASE64URL)}`,
  contexts: ['CONFIGCAT_SDK_KEY={}', 'configcat.getClient("{}")'],
  validate: (secret) => !looksFake(secret.slice(-22)),
  negatives: [`configcat-sdk-1/${'x'.repeat(22)}/${'x'.repeat(22)}`, 'configcat-sdk-1/#YOUR-CONFIG-ID#/#YOUR-SDK-KEY#', `configcat-sdk-1/${fake('cc-short', 10, BASE64URL)}/${fake('cc-s', 22, BASE64URL)}`],
});
