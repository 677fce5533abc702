import { prefixedBareDetector } from '../lib/bare-token.js';
import { lowerHex } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'klaviyo-private-key',
  what: 'Klaviyo private API key',
  prefixes: ['pk_'],
  body: lowerHex(34),
  note: "34 hex after pk_ tells it from Stripe's pk_live_ and ClickUp's pk_<digits>_ keys",
  contexts: ['KLAVIYO_PRIVATE_KEY={}', 'Authorization: Klaviyo-API-Key {}'],
});
