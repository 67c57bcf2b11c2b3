// The bureau's recording devices (seed: 4 body-worn recorders and 1 camera) and the illegal social
// organisation watch list of 2021, created through the services.
import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { handOutDevice, registerDevice, returnDevice } from '@/lib/services/enforcement/devices';
import { addWatchedOrganisation, setWatchStatus } from '@/lib/services/enforcement/watchlist';

export type DevicesSeedResult = { devices: number; watched: number };

const DEVICES = [
  { code: 'JLY-2021-01', deviceKind: 'BODY_CAMERA', model: '执法记录仪 DSJ-V8（64GB）' },
  { code: 'JLY-2021-02', deviceKind: 'BODY_CAMERA', model: '执法记录仪 DSJ-V8（64GB）' },
  { code: 'JLY-2021-03', deviceKind: 'BODY_CAMERA', model: '执法记录仪 DSJ-V8（64GB）' },
  { code: 'JLY-2021-04', deviceKind: 'BODY_CAMERA', model: '执法记录仪 DSJ-T6（128GB）' },
  { code: 'SXJ-2021-01', deviceKind: 'CAMERA', model: '数码摄像机 HC-X2000' },
] as const;

const at = (instant: string) => new Date(`${instant}:00+08:00`);

export async function seedDevicesAndWatchlist(db: Db, actors: { admin: Actor; officer: Actor }): Promise<DevicesSeedResult> {
  const devices = [];
  // Equipped at the start of 2021 (the seed report: 配备4台行政执法记录仪和1台照相机).
  for (const device of DEVICES) devices.push(await registerDevice(db, actors.admin, device, at('2021-01-04T09:00')));
  // The demo officer account's own officer record first, so it holds a recorder now.
  const own = await db.officer.findFirst({ where: { userId: actors.officer.id }, select: { id: true } });
  const others = await db.officer.findMany({ where: { active: true, isLegalStaff: false, userId: null }, select: { id: true }, orderBy: { name: 'asc' }, take: 4 });
  const officers = [...(own ? [own.id] : []), ...others.map((o) => o.id)];
  if (officers.length > 0) {
    const pick = (i: number) => officers[i % officers.length]!;
    // A few 2021 loans, all returned; then the first recorder out to the demo officer since December.
    const loans: [number, number, string, string][] = [
      [0, 1, '2021-03-15T08:30', '2021-03-15T17:30'],
      [1, 2, '2021-05-20T08:30', '2021-05-21T17:00'],
      [4, 3, '2021-06-08T09:00', '2021-06-08T16:30'],
      [2, 1, '2021-09-02T08:30', '2021-09-03T17:30'],
      [3, 2, '2021-11-11T08:30', '2021-11-11T18:00'],
    ];
    for (const [device, officer, out, back] of loans) {
      await handOutDevice(db, actors.admin, { deviceId: devices[device]!.id, officerId: pick(officer), handedOutAt: at(out) });
      await returnDevice(db, actors.admin, { deviceId: devices[device]!.id, returnedAt: at(back) });
    }
    await handOutDevice(db, actors.admin, { deviceId: devices[0]!.id, officerId: pick(0), handedOutAt: at('2021-12-01T08:30') });
  }
  const watched = [
    { name: '中华传统国学文化研究总会', source: '群众举报', sourceDetail: '12345热线转办', notedOn: '2021-04-12', note: '以“总会”名义发展会员并收取会费，未在民政部门登记。' },
    { name: '全国爱心互助联合促进会', source: '网络监测', sourceDetail: '微信公众号发布募捐信息', notedOn: '2021-07-26', note: '' },
    { name: '市中区老年健康养生协会', source: '行政检查', sourceDetail: '养老机构检查中发现', notedOn: '2021-10-09', note: '' },
  ];
  const created = [];
  for (const entry of watched) created.push(await addWatchedOrganisation(db, actors.officer, entry));
  await setWatchStatus(db, actors.officer, { watchedOrganisationId: created[1]!.id, status: 'INVESTIGATING', note: '已约谈发起人，正在调查核实。' });
  await setWatchStatus(db, actors.officer, { watchedOrganisationId: created[2]!.id, status: 'CLEARED', note: '经核实为已登记社会组织的内设活动小组，排除。' });
  return { devices: devices.length, watched: created.length };
}
