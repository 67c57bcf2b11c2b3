import { describe, expect, it } from 'vitest';
import { defaultDashboardYear } from './default-year';

describe('the dashboard opens on a year with something in it', () => {
  it('prefers the report being prepared, then the latest year with records, then the last complete year', () => {
    expect(defaultDashboardYear({ preparing: 2021, latestWithData: 2022, currentYear: 2026 })).toBe(2021);
    expect(defaultDashboardYear({ preparing: null, latestWithData: 2021, currentYear: 2026 })).toBe(2021);
    expect(defaultDashboardYear({ preparing: null, latestWithData: 2031, currentYear: 2026 })).toBe(2026);
    expect(defaultDashboardYear({ preparing: null, latestWithData: null, currentYear: 2026 })).toBe(2025);
  });
});
