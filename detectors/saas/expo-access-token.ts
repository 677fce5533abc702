import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base64url } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'expo-access-token',
  what: "Expo access token",
  names: [words('expo', 'access', 'token'), words('expo', 'token')],
  namesText: "EXPO_TOKEN or EXPO_ACCESS_TOKEN",
  keywords: ["expo_token", "expotoken", "expo-token", "expo_access", "expoaccess", "expo-access"],
  value: base64url(40),
  contexts: ["EXPO_TOKEN={}", "\"expoAccessToken\": \"{}\""],
});
