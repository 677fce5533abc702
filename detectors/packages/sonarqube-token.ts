import { prefixedBareDetector } from '../lib/bare-token.js';
import { lowerHex } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'sonarqube-token',
  what: "SonarQube / SonarCloud token",
  prefixes: ["squ_", "sqp_", "sqa_"],
  body: lowerHex(40),
  contexts: ["SONAR_TOKEN={}", "sonar-scanner -Dsonar.token={}"],
  note: "user, project analysis or global analysis token",
});
