const rupiah = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0, minimumFractionDigits: 0 });

/** 15000 → "Rp 15.000", as the storefront writes it (storefront/shared/utils/format.ts). */
export function formatRupiah(amount: number): string {
  return `${amount < 0 ? '-' : ''}Rp ${rupiah.format(Math.round(Math.abs(amount)))}`;
}
