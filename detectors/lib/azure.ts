import { BASE64, fake } from './sample.js';

/** A storage account key: 64 random bytes in base64, 86 characters + `==`. */
export function storageKey(seed: string): string {
  return `${fake(seed, 86, BASE64)}==`;
}

/** A 32-byte key in base64 (SAS signatures, Service Bus / Event Hubs SharedAccessKey): 43 characters + `=`. */
export function key256(seed: string): string {
  return `${fake(seed, 43, BASE64)}=`;
}
