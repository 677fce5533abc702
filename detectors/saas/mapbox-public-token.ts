import { mapboxDetector } from '../lib/mapbox.js';

export default mapboxDetector('pk', 'mapbox-public-token', 'public token (URL-restricted, still a credential)');
