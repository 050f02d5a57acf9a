import { describe, expect, it } from 'vitest';
import { summarizeBudget } from '../budget-summary';

describe('APBDes summary', () => {
  it('totals each kind and the whole budget in whole rupiah, with realization to one decimal', () => {
    const summary = summarizeBudget([
      { kind: 'pendapatan', plannedAmount: 1_000_000_000, realizedAmount: 333_333_333 },
      { kind: 'pendapatan', plannedAmount: '500000000', realizedAmount: '500000000' },
      { kind: 'belanja', plannedAmount: 1_200_000_000, realizedAmount: null },
      { kind: 'pembiayaan', plannedAmount: 0, realizedAmount: 0 },
    ]);
    expect(summary.totals).toEqual([
      { kind: 'pendapatan', planned: 1_500_000_000, realized: 833_333_333, realizationPercent: 55.6 },
      { kind: 'belanja', planned: 1_200_000_000, realized: 0, realizationPercent: 0 },
      // nothing planned: no percentage rather than a division by zero
      { kind: 'pembiayaan', planned: 0, realized: 0, realizationPercent: null },
    ]);
    expect(summary.planned).toBe(2_700_000_000);
    expect(summary.realized).toBe(833_333_333);
    expect(summary.realizationPercent).toBe(30.9);
  });

  it('ignores lines of an unknown kind and answers an empty budget with zeros', () => {
    expect(summarizeBudget([{ kind: 'lain', plannedAmount: 5, realizedAmount: 5 }]).planned).toBe(0);
    expect(summarizeBudget([])).toEqual({
      totals: [
        { kind: 'pendapatan', planned: 0, realized: 0, realizationPercent: null },
        { kind: 'belanja', planned: 0, realized: 0, realizationPercent: null },
        { kind: 'pembiayaan', planned: 0, realized: 0, realizationPercent: null },
      ],
      planned: 0,
      realized: 0,
      realizationPercent: null,
    });
  });
});
