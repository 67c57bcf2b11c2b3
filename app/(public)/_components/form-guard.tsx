'use client';

import { useEffect, useState } from 'react';

// The spam defence fields every public form carries (lib/domain/public-submissions/admission.ts):
// a honeypot people never see or reach, the signed challenge, and the proof of work this browser
// computes in the background (a few hundred milliseconds). Without JavaScript the nonce stays empty
// and the server accepts the form on its fill time instead.
async function solve(challenge: string, bits: number): Promise<string> {
  const encoder = new TextEncoder();
  for (let nonce = 0; nonce < 50_000_000; nonce += 1) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`${challenge}:${nonce}`)));
    let zeros = 0;
    for (const byte of digest) {
      if (byte === 0) {
        zeros += 8;
        continue;
      }
      zeros += Math.clz32(byte) - 24;
      break;
    }
    if (zeros >= bits) return String(nonce);
  }
  return '';
}

export function FormGuard({ challenge, bits }: { challenge: string; bits: number }) {
  const [nonce, setNonce] = useState('');
  useEffect(() => {
    let live = true;
    if (typeof crypto !== 'undefined' && crypto.subtle) {
      void solve(challenge, bits).then((found) => {
        if (live) setNonce(found);
      });
    }
    return () => {
      live = false;
    };
  }, [challenge, bits]);
  return (
    <>
      <input type="hidden" name="challenge" value={challenge} />
      <input type="hidden" name="nonce" value={nonce} data-testid="proof-of-work" data-ready={nonce !== '' ? 'true' : 'false'} />
      <div aria-hidden="true" style={{ position: 'absolute', left: '-10000px', width: '1px', height: '1px', overflow: 'hidden' }}>
        <label htmlFor="field-website">网站（请勿填写）</label>
        <input id="field-website" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}
