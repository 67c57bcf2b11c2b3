import 'server-only';
// Moved to lib/queries/enforcement/case-config. This re-export stays only for advance-case.ts, which issue 15 is splitting
// on another branch; the lead removes it once that split has merged and imports the new path.
export * from '@/lib/queries/enforcement/case-config';
