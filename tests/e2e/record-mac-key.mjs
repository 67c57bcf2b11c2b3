// The key the end-to-end server seals case-file and audit rows with (serve.mjs), so a spec that
// writes a fixture row directly can seal it the same way.
export const E2E_RECORD_MAC_KEY = process.env.RECORD_MAC_KEY ?? 'e2e-only-record-mac-key-not-for-production-0123456789';
