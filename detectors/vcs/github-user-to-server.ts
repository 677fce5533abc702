import { githubTokenDetector } from '../lib/github-token.js';

export default githubTokenDetector({
  id: 'github-user-to-server',
  prefix: 'ghu_',
  // GitHub announced the stateless form for user-to-server tokens after installation tokens; accepted ahead.
  what: 'GitHub App user-to-server token',
  stateless: true,
  context: 'token=',
});
