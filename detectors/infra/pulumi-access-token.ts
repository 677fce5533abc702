import { prefixedBareDetector } from '../lib/bare-token.js';
import { hex } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'pulumi-access-token',
  what: "Pulumi access token",
  prefixes: ["pul-"],
  body: hex(40),
  contexts: ["PULUMI_ACCESS_TOKEN={}", "pulumi login --token {}"],
});
