import { githubTokenDetector } from '../lib/github-token.js';

export default githubTokenDetector({
  id: 'github-refresh',
  prefix: 'ghr_',
  what: 'GitHub App refresh token',
  context: 'refresh_token=',
});
