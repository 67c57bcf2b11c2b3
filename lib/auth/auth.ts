import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/lib/db';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/domain/auth/sign-in-policy';
import { requestAddress } from '@/lib/auth/request-address';
import { signInSchema } from '@/lib/schemas/users';
import { endSession } from '@/lib/services/auth/end-session';
import { verifyCredentials } from '@/lib/services/auth/verify-credentials';

// Cookies are Secure (with the __Secure-/__Host- prefixes) when the portal is configured on https
// (AUTH_URL) or, without AUTH_URL, when the request arrives as https (X-Forwarded-Proto from the
// proxy). They are always HttpOnly and SameSite=Lax (next-auth's defaults). proxy.ts knows both names.
const useSecureCookies = process.env.AUTH_URL ? process.env.AUTH_URL.startsWith('https:') : undefined;

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  ...(useSecureCookies === undefined ? {} : { useSecureCookies }),
  // A refused sign-in is an expected outcome (audited by the service), not a server error.
  logger: {
    error(error) {
      if ((error as { type?: string }).type === 'CredentialsSignin') return;
      console.error('[auth]', error);
    },
  },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/signin', signOut: '/signout' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // Every refusal is the same plain CredentialsSignin: no reason travels to the browser or a URL.
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const address = requestAddress(request.headers);
        const result = await verifyCredentials(getDb(), { ...parsed.data, address, now: new Date() });
        if (!result.ok) throw new CredentialsSignin();
        const { id, name, email, sessionVersion } = result.user;
        return { id, name, email, sessionVersion, sessionId: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as { id: string; sessionVersion?: number; sessionId?: string };
        token.uid = signedIn.id;
        token.sv = signedIn.sessionVersion;
        token.sid = signedIn.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.uid, sessionVersion: token.sv, sessionId: token.sid };
    },
  },
  events: {
    // Whatever path signs out (the sign-out page or /api/auth/signout), the server-side row is revoked.
    async signOut(message) {
      const sessionId = 'token' in message ? message.token?.sid : undefined;
      if (typeof sessionId === 'string') await endSession(getDb(), { sessionId, now: new Date() });
    },
  },
});
