import { bareTokenDetector } from '../lib/bare-token.js';
import { ALNUM_LOWER, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

/** Twitch chat (IRC) passwords are a user access token written `oauth:` + 30 lower-case alphanumerics. */
export default bareTokenDetector({
  id: 'twitch-irc-token',
  description: 'Twitch chat (IRC) OAuth password: oauth: + a 30-character lower-case alphanumeric access token',
  // `oauth:` also starts prose (`oauth: token refreshed`): the trigger needs the token's first characters.
  trigger: String.raw`oauth:[a-z0-9]{8}`,
  token: String.raw`oauth:[a-z0-9]{30}`,
  chars: '0-9A-Za-z',
  make: (seed) => `oauth:${fake(seed, 30, ALNUM_LOWER)}`,
  contexts: ['PASS {}', 'TWITCH_OAUTH_TOKEN={}'],
  validate: (secret) => randomAlnum(secret.slice(6)),
  negatives: [`oauth:${'x'.repeat(30)}`, 'oauth:authorize?client_id=abc', `oauth:${fake('twitch-short', 20, ALNUM_LOWER)}`],
});
