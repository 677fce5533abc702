// Fake credentials in the real formats, generated at run time so the repository holds no token. They are
// random, so no provider would accept them, but every one has the shape (and checksum) logveil looks for.
import { randomBytes } from 'node:crypto';
import { withGithubChecksum } from 'logveil';

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function random(length, alphabet = ALNUM) {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[bytes[i] % alphabet.length];
  return out;
}

export function fakeCredentials() {
  return {
    githubToken: `ghp_${withGithubChecksum(random(30))}`,
    openaiKey: `sk-proj-${random(48, ALNUM + '-_')}T3BlbkFJ${random(48, ALNUM + '-_')}`,
    anthropicKey: `sk-ant-api03-${random(93, ALNUM + '-_')}AA`,
    stripeKey: `sk_live_${random(99)}`,
    slackToken: `xoxb-${random(11, '0123456789')}-${random(12, '0123456789')}-${random(24)}`,
    awsAccessKeyId: `AKIA${random(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
    awsSecretAccessKey: random(40, ALNUM + '/+'),
    databasePassword: `pg-${random(20)}`,
    // The agent's own session secret: never in a known format, so only the known-secrets matcher finds it.
    sessionSecret: `agent-session-${random(24)}`,
  };
}
