import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { hex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'assemblyai-api-key',
  what: "AssemblyAI API key",
  names: [words('assembly', 'ai?', 'api', 'key'), words('assemblyai', 'key')],
  namesText: "ASSEMBLYAI_API_KEY",
  keywords: ["assemblyai", "assembly_ai", "assembly-ai", "assembly.ai"],
  value: hex(32),
  contexts: ["ASSEMBLYAI_API_KEY={}", "\"assemblyAiApiKey\": \"{}\""],
});
