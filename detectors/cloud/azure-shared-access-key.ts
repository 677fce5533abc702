import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { key256 } from '../lib/azure.js';
import { BASE64, fake } from '../lib/sample.js';

/**
 * The SharedAccessKey of a Service Bus, Event Hubs, Relay or IoT Hub connection string
 * (`Endpoint=sb://…/;SharedAccessKeyName=…;SharedAccessKey=<44 base64>`). Only the key is redacted.
 */
export default defineDetector({
  id: 'azure-shared-access-key',
  description:
    'Azure Service Bus / Event Hubs / IoT Hub SharedAccessKey in a connection string: 44-character base64 (32 bytes)',
  category: 'secret',
  keywords: ['sharedaccesskey='],
  pattern: String.raw`(?i:SharedAccessKey)=(?P<secret>[A-Za-z0-9+/]{42,43}=)(?:[^A-Za-z0-9+/=]|$)`,
  validate: (secret) => !looksFake(secret),
  priority: 55,
  samples: {
    positive: [
      `Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${key256('azure-sas-key-1')}`,
      `HostName=acme-hub.azure-devices.net;DeviceId=sensor-7;SharedAccessKey=${key256('azure-sas-key-2')}`,
      `EVENTHUB_CONNECTION="Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${key256('azure-sas-key-3')};EntityPath=events"`,
    ],
    negative: [
      'Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${SB_KEY}',
      'SharedAccessKeyName=RootManageSharedAccessKey',
      `SharedAccessKey=${fake('azure-sas-key-short', 20, BASE64)}`,
      `SharedAccessKey=${'x'.repeat(43)}=`,
    ],
  },
});
