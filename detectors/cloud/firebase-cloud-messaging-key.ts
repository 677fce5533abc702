import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';

/**
 * Firebase Cloud Messaging legacy server key: `AAAA` + 7 base64url characters (the sender id), `:APA91b`, then about
 * 134 base64url characters. (Firebase web API keys are Google API keys, `AIza…`, found by google-api-key.)
 */
const key = (seed: string): string => `AAAA${fake(`${seed}-a`, 7, BASE64URL)}:APA91b${fake(`${seed}-b`, 134, BASE64URL)}`;

export default defineDetector({
  id: 'firebase-cloud-messaging-key',
  description:
    'Firebase Cloud Messaging (FCM) legacy server key: AAAA + 7 characters + :APA91b + ~134 base64url characters',
  category: 'secret',
  keywords: [':APA91b'],
  pattern: String.raw`${TOKEN_START}(?P<secret>AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{120,150})(?:[^A-Za-z0-9_-]|$)`,
  validate: (secret) => !looksFake(secret.slice(18)),
  samples: {
    positive: [
      key('fcm-1'),
      `curl -H "Authorization: key=${key('fcm-2')}" https://fcm.googleapis.com/fcm/send`,
      `FCM_SERVER_KEY="${key('fcm-3')}"`,
    ],
    negative: [
      `AAAA${fake('fcm-n1', 7, BASE64URL)}:APA91b${'x'.repeat(134)}`,
      `AAAA${fake('fcm-n2', 7, BASE64URL)}:APA91b${fake('fcm-n3', 40, BASE64URL)}`,
      `registration_id=${fake('fcm-n4', 11, BASE64URL)}:APA91b${fake('fcm-n5', 134, BASE64URL)}`,
      'FCM_SERVER_KEY=${FCM_SERVER_KEY}',
    ],
  },
});
