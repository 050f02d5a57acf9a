// Geometry for the server-rendered SVG charts, kept pure so it is unit-testable.
export interface Bar {
  label: string;
  value: number;
  width: number;
}

/** Scales values to bar widths in [0, maxWidth]; all-zero data gives zero-width bars. */
export function scaleBars(
  items: { label: string; value: number }[],
  maxWidth: number,
  max = Math.max(0, ...items.map((i) => i.value)),
): Bar[] {
  return items.map((item) => ({ ...item, width: max > 0 ? Math.max(0, (item.value / max) * maxWidth) : 0 }));
}

const compact = new Intl.NumberFormat('id-ID', { notation: 'compact', maximumFractionDigits: 1 });
export function compactNumber(value: number): string {
  return compact.format(value);
}
