import 'server-only';
import type { Db } from '@/lib/db';

/** The device ledger: every device with its current loan, loan history and the evidence it captured. */
export async function listDevices(db: Db) {
  const devices = await db.recordingDevice.findMany({
    orderBy: { code: 'asc' },
    include: {
      loans: { orderBy: { handedOutAt: 'desc' }, include: { officer: { select: { id: true, name: true } } } },
      evidence: {
        orderBy: { capturedAt: 'desc' },
        select: {
          id: true,
          fileName: true,
          kind: true,
          capturedAt: true,
          sha256: true,
          officer: { select: { name: true } },
          case: { select: { id: true, caseNumber: true } },
        },
      },
    },
  });
  return devices.map((device) => ({
    id: device.id,
    code: device.code,
    kind: device.kind,
    model: device.model,
    active: device.active,
    inServiceFrom: device.inServiceFrom.toISOString().slice(0, 10),
    retiredOn: device.retiredOn ? device.retiredOn.toISOString().slice(0, 10) : null,
    currentLoan: device.loans.find((loan) => loan.returnedAt === null) ?? null,
    loans: device.loans,
    evidence: device.evidence,
  }));
}

export async function listActiveOfficers(db: Db) {
  return db.officer.findMany({ where: { active: true, isLegalStaff: false }, select: { id: true, name: true, unit: true }, orderBy: { name: 'asc' } });
}
