import { mapboxDetector } from '../lib/mapbox.js';

export default mapboxDetector('sk', 'mapbox-secret-token', 'secret token (scoped API access)');
