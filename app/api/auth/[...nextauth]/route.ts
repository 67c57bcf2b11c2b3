import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/auth';
import { safeStaffPath } from '@/lib/auth/safe-path';

export const { GET } = handlers;

// next-auth sends a refused credentials POST back to /signin?error=…&code=…; the portal's sign-in
// page keeps no account state in its URL (ADR 0018), only the staff path to come back to.
export async function POST(request: NextRequest): Promise<Response> {
  const response = await handlers.POST(request);
  const location = response.headers.get('Location');
  if (!location) return response;
  const url = new URL(location, request.url);
  if (url.pathname !== '/signin' || !url.search) return response;
  const callbackUrl = url.searchParams.get('callbackUrl');
  url.search = '';
  if (callbackUrl) url.searchParams.set('callbackUrl', safeStaffPath(callbackUrl));
  const headers = new Headers(response.headers);
  headers.set('Location', url.toString());
  return new Response(null, { status: response.status, headers });
}
