import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { modalId } from '../lib/provider-values.js';

export default keyedSecretDetector({
  id: 'modal-token-id',
  what: "Modal token id (half of the token pair; ak- + 22 alphanumerics)",
  names: [words('modal', 'token', 'id')],
  namesText: "MODAL_TOKEN_ID",
  keywords: ["modal_token", "modal-token", "modaltoken", "modal.token"],
  value: modalId,
  contexts: ["MODAL_TOKEN_ID={}", "\"modalTokenId\": \"{}\""],
});
