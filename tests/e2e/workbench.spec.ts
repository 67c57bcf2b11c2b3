import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { addWorkingDays, calendarFromEntries, toShanghaiDate, type CalendarEntryKind } from '../../lib/domain/calendar';
import { startSmtpServer } from '../setup/smtp';
import { demoAccount, signIn } from './helpers';
import { e2eSmtpPort } from './smtp-port.mjs';

// The acceptance path (issue 14): an officer hands a case to the director, who finds it
// first on the home page with its due date; a review due tomorrow is in the reviewer's list; the
// job queue's reminder reaches the test's SMTP server and the inbox.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36).toUpperCase();
const caseTitle = `周某未经登记开展活动案（工作台E2E-${stamp}）`;
const reviewTitle = `关于调整困难群众临时救助标准的重大行政决策（E2E-${stamp}）`;
const today = toShanghaiDate(new Date());
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

function databaseUrl(): string {
  const url = new URL(process.env.TEST_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${process.env.E2E_DATABASE ?? 'portal_e2e'}`;
  return url.toString();
}

async function as(browser: Browser, role: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, demoAccount(role).email);
  return page;
}

test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort());
});
test.afterAll(async () => {
  await smtp.close();
});

test('an officer hands a case to the director, who finds it first on the home page with its due date', async ({ browser }) => {
  test.setTimeout(120_000);
  const officer = await as(browser, 'OFFICER');
  await officer.goto('/staff/cases/new');
  await officer.getByLabel('案件类型').selectOption({ label: '行政处罚' });
  await officer.getByLabel('案件名称').fill(caseTitle);
  await officer.getByLabel('案情（违法事实或调查事项）').fill('周某组织“城西老乡会”，未经登记以社会团体名义收取会费。');
  await officer.getByLabel('法律依据').fill('《社会团体登记管理条例》第三十五条');
  await officer.getByLabel('立案日期').fill(today);
  await officer.getByLabel(/^张执法/).check();
  await officer.getByLabel(/^陈执法/).check();
  await officer.getByLabel(/均已声明/).check();
  const party = officer.getByRole('group', { name: '当事人1' });
  await party.getByLabel('姓名或名称').fill('周某');
  await party.getByLabel('身份证件号或统一社会信用代码（不公开）').fill('370102198606062345');
  await officer.getByRole('button', { name: '立案', exact: true }).click();
  await expect(officer.getByRole('heading', { level: 1 })).toContainText(caseTitle);

  const handoff = officer.getByRole('form', { name: '移交办理' });
  await handoff.getByLabel('移交事项').selectOption({ label: '报请决定' });
  await handoff.getByLabel('接收人').selectOption({ label: demoAccount('DIRECTOR').name });
  await handoff.getByLabel('说明（可选）').fill('调查终结，请局长审查决定');
  await handoff.getByRole('button', { name: '移交' }).click();
  await expect(handoff.getByRole('status')).toHaveText('已移交，接收人的工作台上已显示该事项');

  const director = await as(browser, 'DIRECTOR');
  await director.goto('/staff');
  const first = director.getByTestId('todo').first();
  await expect(first).toContainText('报请决定');
  await expect(first).toContainText(caseTitle);
  await expect(first).toContainText(`${demoAccount('OFFICER').name}移交`);
  await expect(first.getByTestId('todo-due')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  await expect(first).toContainText(`自${today}次日起算90日`);
  await expect(director.getByTestId('inbox-link')).toContainText(/消息\s*\d+/);
});

test("a review due tomorrow is in the reviewer's list; its reminder is e-mailed and in the inbox", async ({ browser }) => {
  test.setTimeout(300_000);
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const holidays = await client.query<{ date: string; kind: CalendarEntryKind; name: string }>(
      `SELECT to_char("date", 'YYYY-MM-DD') AS date, kind::text AS kind, name FROM "Holiday"`,
    );
    const calendar = calendarFromEntries(holidays.rows);
    const tomorrow = addWorkingDays({ start: today, days: 1, calendar });
    const editor = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [demoAccount('EDITOR').email]);
    // Submitted earlier by the editor (the review engine's own submission would be due in 7 working days).
    await client.query(
      `INSERT INTO "LegalReview" ("id", "subjectType", "subjectId", "title", "subjectAuthorIds", "round", "contentHash", "submittedById", "submittedAt", "dueOn", "dueExplanation")
       VALUES ($1, 'MAJOR_ADMIN_DECISION', $2, $3, ARRAY[$4], 1, $5, $4, now(), $6::date, $7::jsonb)`,
      [`e2e-review-${stamp}`, `e2e-decision-${stamp}`, reviewTitle, editor.rows[0]!.id, 'e'.repeat(64), tomorrow.due, JSON.stringify(tomorrow.explanation)],
    );

    const reviewer = await as(browser, 'LEGAL_REVIEWER');
    await reviewer.goto('/staff');
    const item = reviewer.getByTestId('todo').filter({ hasText: reviewTitle });
    await expect(item).toContainText('审核重大行政决策');
    await expect(item.getByTestId('todo-due')).toHaveText(tomorrow.due);
    await expect(item).toContainText('即将到期');
    await expect(item).toContainText('剩余1个工作日');

    // The reminder pass runs every minute (JOBS_REMINDER_CRON in tests/e2e/serve.mjs); the mail job follows.
    const email = demoAccount('LEGAL_REVIEWER').email;
    await expect.poll(() => smtp.mails.filter((m) => m.to.includes(email) && m.subject.includes(reviewTitle)).length, { timeout: 240_000, intervals: [2000] }).toBe(1);
    const mail = smtp.mails.find((m) => m.to.includes(email) && m.subject.includes(reviewTitle))!;
    expect(mail.subject).toContain('即将到期：审核重大行政决策');

    await reviewer.goto('/staff/inbox');
    const message = reviewer.getByTestId('inbox-item').filter({ hasText: reviewTitle });
    await expect(message).toContainText('即将到期');
    await expect(message).toContainText('未读');
    await expect(reviewer.getByTestId('inbox-link')).toContainText(/消息\s*\d+/);
    await message.getByRole('button', { name: '标为已读' }).click();
    await expect(reviewer.getByTestId('inbox-item').filter({ hasText: reviewTitle })).not.toContainText('未读');
  } finally {
    await client.end();
  }
});
