import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SETTING_DEFAULTS } from '../../lib/domain/settings/defaults';
import { demo, signIn } from './helpers';

// The identifier crawl (issue 14): as each demo account, visit every staff page (discovered from the
// app/ tree; a dynamic one through the first link to it found on the pages already visited) and fail
// on code names in the visible text: enum values, settings keys, raw {{…}} placeholders, camelCase
// field keys, package names.

const ROOT = 'app/(staff)';
function pageRoutes(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return pageRoutes(full);
    return name === 'page.tsx' ? [`/${path.relative(ROOT, dir).split(path.sep).join('/')}`] : [];
  });
}
const routes = pageRoutes(path.join(ROOT, 'staff')).sort();
const staticRoutes = routes.filter((r) => !r.includes('['));
const dynamicRoutes = routes.filter((r) => r.includes('['));
const routePattern = (route: string) => new RegExp(`^${route.replace(/\[year\]/g, '\\d{4}').replace(/\[[^\]]+\]/g, '[^/?#]+')}$`);

const ENUM_VALUES = [...readFileSync('prisma/schema.prisma', 'utf8').matchAll(/^enum \w+ \{([^}]*)\}/gm)]
  .flatMap((m) =>
    m[1]!
      .split('\n')
      .map((line) => line.replace(/\/\/.*/, '').trim())
      .filter(Boolean),
  )
  // Words that are also ordinary text in a Chinese UI.
  .filter((v) => !['PDF', 'ADMIN'].includes(v) && v.length > 2);
const SETTING_KEYS = Object.keys(SETTING_DEFAULTS);
const PACKAGES = ['prisma', 'next-auth', 'nextjs', 'zod', 'exceljs', 'pg-boss', 'nodemailer', 'pdfkit', 'echarts', 'tailwind'];
// Latin words the pages legitimately show (file types, units, standards, proper names).
const ALLOWED = new Set(['iPhone', 'macOS', 'JavaScript', 'eMail']);

function problemsIn(text: string): string[] {
  const found: string[] = [];
  for (const value of ENUM_VALUES) if (new RegExp(`(^|[^A-Za-z_])${value}([^A-Za-z_]|$)`).test(text)) found.push(`enum value ${value}`);
  for (const key of SETTING_KEYS) if (text.includes(key)) found.push(`settings key ${key}`);
  for (const m of text.matchAll(/\{\{[^}]*\}\}/g)) found.push(`placeholder ${m[0]}`);
  for (const m of text.matchAll(/(?<![A-Za-z0-9@./:_-])([a-z]+[A-Z][A-Za-z]*)(?![A-Za-z0-9@/_-])/g)) if (!ALLOWED.has(m[1]!)) found.push(`field key ${m[1]}`);
  for (const name of PACKAGES) if (new RegExp(`(^|[^A-Za-z-])${name}([^A-Za-z-]|$)`, 'i').test(text)) found.push(`package name ${name}`);
  return [...new Set(found)];
}

async function visibleText(page: Page): Promise<string> {
  // The page's own text, without the hash and record-number cells (hex and ids are data, not code names).
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('script, style, .font-mono, code[data-id]').forEach((n) => n.remove());
    document.body.appendChild(clone);
    clone.style.position = 'absolute';
    const text = clone.innerText;
    clone.remove();
    return text;
  });
}

for (const account of demo.accounts.filter((a, i, all) => all.findIndex((b) => b.roles.join() === a.roles.join()) === i)) {
  test(`no code names on any staff page as ${account.roles.join('+')}`, async ({ page }) => {
    test.setTimeout(600_000);
    await signIn(page, account.email);
    const seen = new Set<string>();
    const failures: string[] = [];
    const visit = async (url: string) => {
      const response = await page.goto(url);
      expect(response?.status(), url).toBeLessThan(500);
      for (const problem of problemsIn(await visibleText(page))) failures.push(`${url}: ${problem}`);
      for (const href of await page.locator('a[href^="/staff/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) seen.add(href.split(/[?#]/)[0]!);
    };
    for (const route of staticRoutes) await visit(route);
    const unreached: string[] = [];
    for (const route of dynamicRoutes) {
      const pattern = routePattern(route);
      const instance = route.includes('[year]') && !route.replace('[year]', '').includes('[') ? route.replace('[year]', '2021') : [...seen].find((href) => pattern.test(href));
      if (instance) await visit(instance);
      else unreached.push(route);
    }
    test.info().annotations.push({ type: 'not reached (no link to one for this role)', description: unreached.join(' ') || '—' });
    expect(failures, failures.join('\n')).toEqual([]);
  });
}
