/** Totals per kind (pendapatan/belanja/pembiayaan) and realization %, in whole rupiah. */
export type LineItem = {
  kind: string;
  plannedAmount?: number | string | null;
  realizedAmount?: number | string | null;
};
export type KindTotal = {
  kind: string;
  planned: number;
  realized: number;
  realizationPercent: number | null;
};

const KINDS = ['pendapatan', 'belanja', 'pembiayaan'];

const percent = (realized: number, planned: number) =>
  planned > 0 ? Math.round((realized / planned) * 1000) / 10 : null;

export const summarizeBudget = (items: LineItem[]) => {
  const totals: KindTotal[] = KINDS.map((kind) => {
    const ofKind = items.filter((i) => i.kind === kind);
    const planned = ofKind.reduce((s, i) => s + Number(i.plannedAmount ?? 0), 0);
    const realized = ofKind.reduce((s, i) => s + Number(i.realizedAmount ?? 0), 0);
    return { kind, planned, realized, realizationPercent: percent(realized, planned) };
  });
  const planned = totals.reduce((s, t) => s + t.planned, 0);
  const realized = totals.reduce((s, t) => s + t.realized, 0);
  return { totals, planned, realized, realizationPercent: percent(realized, planned) };
};
