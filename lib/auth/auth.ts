import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/lib/db';
import { signInSchema } from '@/lib/schemas/users';
import { verifyCredentials } from '@/lib/services/auth/verify-credentials';

// The refusal reason travels to the sign-in action as the error's code ("invalid", "disabled",
// "locked:15"), which maps it to a Chinese message.
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // A refused sign-in is an expected outcome (audited by the service), not a server error.
  logger: {
    error(error) {
      if ((error as { type?: string }).type === 'CredentialsSignin') return;
      console.error('[auth]', error);
    },
  },
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/signin', signOut: '/signout' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused('invalid');
        const result = await verifyCredentials(getDb(), { ...parsed.data, now: new Date() });
        if (!result.ok) throw new SignInRefused(result.reason === 'locked' ? `locked:${result.minutes}` : result.reason);
        const { id, name, email, sessionVersion } = result.user;
        return { id, name, email, sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.uid, sessionVersion: token.sv };
    },
  },
});
