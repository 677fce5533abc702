import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base64url } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'contentful-delivery-token',
  what: "Contentful Content Delivery or Preview API token",
  names: [words('contentful', 'delivery?', 'access', 'token'), words('contentful', 'delivery', 'token'), words('contentful', 'preview', 'token'), words('contentful', 'cda', 'token')],
  namesText: "CONTENTFUL_ACCESS_TOKEN, CONTENTFUL_DELIVERY_TOKEN or CONTENTFUL_PREVIEW_TOKEN",
  keywords: ["contentful"],
  value: base64url(43),
  contexts: ["CONTENTFUL_ACCESS_TOKEN={}", "\"contentfulPreviewToken\": \"{}\""],
});
