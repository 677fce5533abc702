import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64url } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'contentful-personal-access-token',
  what: "Contentful personal access token (Content Management API)",
  prefixes: ["CFPAT-"],
  body: base64url(40, 64),
  contexts: ["CONTENTFUL_MANAGEMENT_TOKEN={}", "contentful login --management-token {}"],
});
