import { createHash } from 'node:crypto';
import { ALNUM, BASE64, fake } from './sample.js';

/** A storage account key: 64 random bytes in base64, 86 characters + `==`. */
export function storageKey(seed: string): string {
  return `${fake(seed, 86, BASE64)}==`;
}

/** A 32-byte key in base64 (SAS signatures, Service Bus / Event Hubs SharedAccessKey): 43 characters + `=`. */
export function key256(seed: string): string {
  return `${fake(seed, 43, BASE64)}=`;
}

/**
 * The storage emulator's (Azurite's) account key and the Cosmos DB emulator's key are published in Microsoft's
 * documentation and are the same for everyone: they are not secrets. Compared by SHA-256, so this file does not
 * hold a key-shaped literal.
 */
const EMULATOR_KEYS_SHA256 = new Set([
  '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059', // Azurite, devstoreaccount1
  'aa6547439583c3a275d4542a0df6c1ad6a863971be9f2a2220f027cc02aef615', // Cosmos DB emulator
]);

export function isEmulatorKey(key: string): boolean {
  return key.length === 88 && EMULATOR_KEYS_SHA256.has(createHash('sha256').update(key).digest('hex'));
}

/**
 * Azure's identifiable keys carry a 4-character service signature at a fixed place (`AZDO` in DevOps tokens,
 * `AzFu` in Functions keys, `ACDb` in Cosmos DB keys, `AzSe` in AI Search keys), which makes them safe to report
 * bare. Generates a base62 key of `length` with `signature` at `at`.
 */
export function signedKey(seed: string, length: number, signature: string, at: number, suffix = ''): string {
  const body = fake(seed, length - signature.length - suffix.length, ALNUM);
  return body.slice(0, at) + signature + body.slice(at) + suffix;
}
