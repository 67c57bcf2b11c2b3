// Demo data: `npm run db:seed` (node --conditions=react-server --import tsx prisma/seed.ts).
// Everything is created through the services the UI calls; see prisma/seed/demo.ts.
import 'dotenv/config';
import { disconnectDb, getDb } from '@/lib/db';
import { seedDemo } from './seed/demo';

try {
  await seedDemo(getDb());
} finally {
  await disconnectDb();
}
