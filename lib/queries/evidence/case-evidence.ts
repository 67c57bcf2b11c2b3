import 'server-only';
import type { Db } from '@/lib/db';
import type { EvidenceKind } from '@/lib/generated/prisma/enums';

export type EvidenceRow = {
  id: string;
  stepId: string | null;
  stepSeq: number | null;
  stepKey: string | null;
  kind: EvidenceKind;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  device: { id: string; code: string } | null;
  officer: { id: string; name: string } | null;
  uploadedBy: string | null;
  capturedAt: Date;
  createdAt: Date;
};

/** The case's evidence in the order it entered the case file; only one step's when `stepId` is given. */
export async function listCaseEvidence(db: Db, caseId: string, stepId: string | null = null): Promise<EvidenceRow[]> {
  const items = await db.evidenceItem.findMany({
    where: { caseId, ...(stepId ? { stepId } : {}) },
    orderBy: { chainSeq: 'asc' },
    include: {
      device: { select: { id: true, code: true } },
      officer: { select: { id: true, name: true } },
      step: { select: { seq: true, key: true } },
    },
  });
  const uploaderIds = [...new Set(items.map((item) => item.uploadedById).filter((id): id is string => id !== null))];
  const uploaders = new Map((await db.user.findMany({ where: { id: { in: uploaderIds } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]));
  return items.map((item) => ({
    id: item.id,
    stepId: item.stepId,
    stepSeq: item.step?.seq ?? null,
    stepKey: item.step?.key ?? null,
    kind: item.kind,
    fileName: item.fileName,
    mimeType: item.mimeType,
    size: Number(item.size),
    sha256: item.sha256,
    device: item.device,
    officer: item.officer,
    uploadedBy: item.uploadedById ? (uploaders.get(item.uploadedById) ?? null) : null,
    capturedAt: item.capturedAt,
    createdAt: item.createdAt,
  }));
}

/** What the upload form offers: the case's officers (capturing officer) and the active devices. */
export async function loadUploadChoices(db: Db, caseId: string) {
  const [assignments, devices] = await Promise.all([
    db.caseOfficer.findMany({ where: { caseId }, include: { officer: { select: { id: true, name: true } } }, orderBy: { assignedAt: 'asc' } }),
    db.recordingDevice.findMany({
      where: { active: true },
      orderBy: { code: 'asc' },
      include: { loans: { where: { returnedAt: null }, select: { officerId: true } } },
    }),
  ]);
  const officers = new Map<string, string>();
  for (const a of assignments) officers.set(a.officer.id, a.officer.name);
  return {
    officers: [...officers].map(([id, name]) => ({ id, name })),
    devices: devices.map((d) => ({ id: d.id, code: d.code, kind: d.kind, model: d.model, loanedTo: d.loans[0]?.officerId ?? null })),
  };
}

/** The case's number and title for the evidence page's heading, or null when there is no such case. */
export function findCaseHeading(db: Db, caseId: string) {
  return db.enforcementCase.findUnique({ where: { id: caseId }, select: { id: true, caseNumber: true, title: true } });
}

/** What a download of one evidence file needs (the caller checks canViewEvidence on its caseId). */
export function findEvidenceFile(db: Db, evidenceId: string) {
  return db.evidenceItem.findUnique({
    where: { id: evidenceId },
    select: { caseId: true, storageKey: true, fileName: true, mimeType: true, size: true },
  });
}
