import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'pubnub-secret-key',
  what: 'PubNub secret key (its publish and subscribe keys, pub-c- and sub-c-, are meant for clients)',
  prefixes: ['sec-c-'],
  body: base64(40, 64),
  contexts: ['PUBNUB_SECRET_KEY={}', 'new PubNub({ secretKey: "{}" })'],
});
