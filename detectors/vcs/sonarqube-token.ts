import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';
import { HEX, fake } from '../lib/sample.js';

/** SonarQube / SonarCloud tokens: squ_ (user), sqp_ (project analysis), sqa_ (global analysis) + 40 hex. */
const token = (seed: string, prefix = 'squ_', length = 40): string => `${prefix}${fake(seed, length, HEX)}`;

export default formatTokenDetector({
  id: 'sonarqube-token',
  description: 'SonarQube / SonarCloud token: squ_, sqp_ or sqa_ + 40 lower-case hex characters (found bare)',
  keywords: ['squ_', 'sqp_', 'sqa_'],
  token: 'sq[upa]_[0-9a-f]{40}',
  sample: token,
  contexts: ['SONAR_TOKEN={}', 'sonar-scanner -Dsonar.token={} -Dsonar.projectKey=agents'],
  negatives: [token('sonar-short', 'sqp_', 24), `sqp_${'0'.repeat(40)}`, 'sqp_<token>', `sqx_${fake('sonar-other', 40, HEX)}`],
  validate: (secret) => !looksFake(secret.slice(4)),
});
