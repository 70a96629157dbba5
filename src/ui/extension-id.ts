/**
 * The extension's id in Chromium, fixed by the public key in manifest.json's "key" (the first 32 hex digits of
 * the SHA-256 of the key's DER bytes, written with a–p for 0–f). Tests open chrome-extension://<id>/… with it;
 * schools use it for policies. The private key is not in the repository: store builds are signed by the store.
 */
export const EXTENSION_ID = "gblejbifgoldkldejhgniedggfhblghb";
