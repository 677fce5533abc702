import { githubTokenDetector } from '../lib/github-token.js';

export default githubTokenDetector({
  id: 'github-oauth',
  prefix: 'gho_',
  what: 'GitHub OAuth access token',
  context: 'access_token=',
});
