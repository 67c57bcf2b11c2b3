import { clientAddress } from '@/lib/domain/auth/sign-in-policy';

// AUTH_TRUSTED_PROXY_HOPS: how many reverse proxies in front of the portal append to
// X-Forwarded-For (nginx with $proxy_add_x_forwarded_for: 1). Unset or 0: none (ADR 0018).
export function trustedProxyHops(env: NodeJS.ProcessEnv = process.env): number {
  const hops = Number(env.AUTH_TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

export function requestAddress(headers: Headers, env: NodeJS.ProcessEnv = process.env): string {
  return clientAddress(headers.get('x-forwarded-for'), trustedProxyHops(env));
}
