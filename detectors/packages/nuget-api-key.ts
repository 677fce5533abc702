import { LOWER_BASE32, prefixedTokenDetector } from '../lib/prefixed-token.js';
import { fake } from '../lib/sample.js';

export default prefixedTokenDetector({
  id: 'nuget-api-key',
  what: 'NuGet.org API key',
  prefix: 'oy2',
  length: 43,
  alphabet: LOWER_BASE32,
  contexts: ['dotnet nuget push pkg.nupkg --api-key {} --source https://api.nuget.org/v3/index.json', 'NUGET_API_KEY={}'],
  negatives: [`oy2${fake('nuget-digits', 43, LOWER_BASE32.characters)}9`, `boy2${fake('nuget-word', 43, LOWER_BASE32.characters)}`, '--api-key ${NUGET_API_KEY}'],
});
