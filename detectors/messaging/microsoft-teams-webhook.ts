import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { ALNUM_LOWER, BASE64URL, HEX, fake } from '../lib/sample.js';

/**
 * Teams incoming webhook URLs (Office 365 connectors): https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant
 * id>/IncomingWebhook/<32 characters>/<connector id>[/<signature>], and the older outlook.office.com/webhook/ form.
 * Everything after webhookb2/ (or webhook/) is the credential and is redacted; the host stays readable.
 */
const GUID = '[0-9A-Za-z]{8}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{12}';
const guid = (seed: string): string => [8, 4, 4, 4, 12].map((length, index) => fake(`${seed}-${index}`, length, HEX)).join('-');
const path = (seed: string, signature = false): string =>
  `${guid(`${seed}-g`)}@${guid(`${seed}-t`)}/IncomingWebhook/${fake(`${seed}-i`, 32, ALNUM_LOWER)}/${guid(`${seed}-c`)}` +
  (signature ? `/V2${fake(`${seed}-s`, 40, BASE64URL)}` : '');

export default defineDetector({
  id: 'microsoft-teams-webhook',
  description:
    'Microsoft Teams incoming webhook URL (…webhook.office.com/webhookb2/<ids>/IncomingWebhook/<id>/<id>, or outlook.office.com/webhook/…): the path is redacted (found bare)',
  category: 'secret',
  keywords: ['webhook.office.com/webhookb2/', 'outlook.office.com/webhook/', 'outlook.office365.com/webhook/'],
  pattern: String.raw`(?i:\.webhook\.office\.com/webhookb2/|outlook\.office(?:365)?\.com/webhook/)(?P<secret>${GUID}@${GUID}/IncomingWebhook/[0-9A-Za-z]{32}/${GUID}(?:/[A-Za-z0-9_-]{20,})?)`,
  validate: (secret) => !looksFake(secret.split('/')[2] ?? ''),
  samples: {
    positive: [
      `https://acme.webhook.office.com/webhookb2/${path('teams-1')}`,
      `TEAMS_WEBHOOK_URL=https://acme.webhook.office.com/webhookb2/${path('teams-2', true)}`,
      `posting the summary to https://outlook.office.com/webhook/${path('teams-3')} failed: 400`,
    ],
    negative: [
      'https://acme.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<connector-id>',
      `https://acme.webhook.office.com/webhookb2/${guid('teams-n1')}`,
      'TEAMS_WEBHOOK_URL=${TEAMS_WEBHOOK_URL}',
      `https://acme.webhook.office.com/webhookb2/${guid('teams-n2')}@${guid('teams-n3')}/IncomingWebhook/${'x'.repeat(32)}/${guid('teams-n4')}`,
    ],
  },
});
