import 'server-only';
import ExcelJS from 'exceljs';
import type { AuditRow } from './search-audit-events';

const time = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Asia/Shanghai' });

/** The filtered audit log as an xlsx workbook, with Chinese headings and names. */
export async function auditWorkbook(rows: readonly AuditRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('审计日志');
  sheet.columns = [
    { header: '编号', key: 'id', width: 10 },
    { header: '时间', key: 'time', width: 22 },
    { header: '操作人', key: 'actor', width: 14 },
    { header: '操作', key: 'action', width: 24 },
    { header: '对象类型', key: 'type', width: 16 },
    { header: '对象', key: 'target', width: 40 },
    { header: '记录编号', key: 'entityId', width: 28 },
    { header: '哈希', key: 'hash', width: 66 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    sheet.addRow({
      id: r.id,
      time: time.format(r.occurredAt),
      actor: r.actorName,
      action: r.actionLabel,
      type: r.targetType,
      target: r.targetName,
      entityId: r.entityId,
      hash: r.hash,
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
