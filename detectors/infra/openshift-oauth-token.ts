import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64url } from '../lib/value-shape.js';

/**
 * OpenShift (4.6 and later) OAuth access tokens, as `oc whoami -t` prints them and clients send them as bearer
 * tokens: `sha256~` and 32 random bytes in unpadded base64url, 43 characters. The OAuthAccessToken objects that
 * the cluster stores are named `sha256~` + the unpadded base64url SHA-256 of the token, the same shape: those names
 * are redacted too, which costs a listing its token names and nothing else.
 */
export default prefixedBareDetector({
  id: 'openshift-oauth-token',
  what: 'OpenShift OAuth access token',
  prefixes: ['sha256~'],
  body: base64url(43),
  note: 'the form OpenShift 4.6+ issues; a token object\'s hashed name has the same shape',
  contexts: ['oc login --token={} --server=https://api.cluster.example.com:6443', 'Authorization: Bearer {}', 'OPENSHIFT_TOKEN={}'],
});
