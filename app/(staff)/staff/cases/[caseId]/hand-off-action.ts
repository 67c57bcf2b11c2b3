'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { handOffCaseSchema } from '@/lib/schemas/workbench';
import { handOffCaseOnPortal } from '@/lib/services/workbench/hand-off-case';

// A public endpoint: authorised from the database (case.work), validated, and run by one audited
// service that re-checks the hand-off rule (the sender is on the case, the receiver holds the role).
export const handOffCaseAction = defineAction({
  permission: 'case.work',
  schema: handOffCaseSchema,
  run: (actor, input) => handOffCaseOnPortal(actor, input),
  successMessage: '已移交，接收人的工作台上已显示该事项',
  onSuccess: () => {
    revalidatePath('/staff', 'layout');
  },
});
