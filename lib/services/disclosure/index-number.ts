import 'server-only';
import type { Tx } from '@/lib/db';
import { DEFAULT_ORGANISATION_CODE, ORGANISATION_CODE_SETTING, formatIndexNumber, isOrganisationCode } from '@/lib/domain/disclosure/index-number';

// The next index number (索引号) of `year`. The counter row is created or incremented in one
// statement; its row lock serialises concurrent publications until they commit, and a
// publication that rolls back takes its increment with it, so numbers are gap-free and unique.
export async function nextIndexNumber(tx: Tx, year: number): Promise<string> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "IndexCounter" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "IndexCounter"."last" + 1
    RETURNING "last"`;
  const sequence = rows[0]?.last;
  if (sequence === undefined) throw new Error('IndexCounter upsert returned no row');
  return formatIndexNumber({ organisationCode: await organisationCode(tx), year, sequence: Number(sequence) });
}

async function organisationCode(tx: Tx): Promise<string> {
  const row = await tx.setting.findUnique({ where: { key: ORGANISATION_CODE_SETTING } });
  return isOrganisationCode(row?.value) ? row.value : DEFAULT_ORGANISATION_CODE;
}
