import { defineDetector } from '../../src/engine/detector.js';
import { classes, looksFake } from '../lib/checks.js';
import { afterKey } from '../lib/context.js';
import { BASE64URL, HEX, fake } from '../lib/sample.js';

/**
 * An IBM Cloud IAM API key is 44 base64url characters without a prefix: recognised after IBMCLOUD_API_KEY,
 * IBM_CLOUD_API_KEY, IC_API_KEY, BLUEMIX_API_KEY, IAM_APIKEY, ibm_api_key and similar names. `IC_` must start
 * the key, so that `public_api_key` is not read as IBM's.
 */
const KEY = String.raw`(?i:(?:ibm[_-]?(?:cloud[_-]?)?|ibmcloud[_-]?|bluemix[_-]?|iam[_-]?|ibm[_-]?iam[_-]?)api[_-]?key|(?:^|[^A-Za-z0-9])ic[_-]api[_-]?key)`;

export default defineDetector({
  id: 'ibm-cloud-api-key',
  description:
    'IBM Cloud IAM API key (44 base64url characters) after IBMCLOUD_API_KEY, IBM_CLOUD_API_KEY, IC_API_KEY, ' +
    'BLUEMIX_API_KEY or IAM_APIKEY',
  category: 'secret',
  keywords: ['ibm', 'bluemix', 'ic_api', 'ic-api', 'iam_api', 'iam-api', 'iamapi'],
  pattern: afterKey(KEY, '[A-Za-z0-9_-]{44}', 'A-Za-z0-9_-'),
  validate: (secret) => classes(secret).count >= 3 && !looksFake(secret),
  priority: 30,
  samples: {
    positive: [
      `IBMCLOUD_API_KEY=${fake('ibm-1', 44, BASE64URL)}`,
      `ibmcloud login --apikey x; IC_API_KEY: "${fake('ibm-2', 44, BASE64URL)}"`,
      `{"iam_apikey": "${fake('ibm-3', 44, BASE64URL)}", "iam_apikey_description": "Auto-generated"}`,
    ],
    negative: [
      'IBMCLOUD_API_KEY=${IBMCLOUD_API_KEY}',
      `IBMCLOUD_API_KEY=${fake('ibm-hex', 44, HEX)}`,
      `IBM_CLOUD_API_KEY=${fake('ibm-short', 20, BASE64URL)}`,
      'IC_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `"iam_apikey_name": "${fake('ibm-name', 44, BASE64URL)}"`,
      `public_api_key: ${fake('ibm-public', 44, BASE64URL)}`,
    ],
  },
});
