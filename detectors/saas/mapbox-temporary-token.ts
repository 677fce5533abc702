import { mapboxDetector } from '../lib/mapbox.js';

export default mapboxDetector('tk', 'mapbox-temporary-token', 'temporary token');
