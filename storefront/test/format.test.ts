import { describe, expect, it } from 'vitest';
import { whatsappNumber as waNumber } from '@webdesaku/contracts';
import { formatDate, formatRupiah, waLink } from '../shared/utils/format';

describe('formatRupiah', () => {
  it('given whole rupiah from Medusa, when formatted, then it reads "Rp 15.000"', () => {
    expect(formatRupiah(15000)).toBe('Rp 15.000');
    expect(formatRupiah(1250000)).toBe('Rp 1.250.000');
    expect(formatRupiah(0)).toBe('Rp 0');
  });

  it('given a fractional or negative amount, then it rounds to whole rupiah and keeps the sign', () => {
    expect(formatRupiah(999.6)).toBe('Rp 1.000');
    expect(formatRupiah(-5000)).toBe('-Rp 5.000');
  });

  it('given no price, then it shows a dash instead of "Rp NaN"', () => {
    expect(formatRupiah(null)).toBe('–');
    expect(formatRupiah(Number.NaN)).toBe('–');
  });
});

describe('formatDate', () => {
  it('given an ISO date, when formatted for id, then the month is Indonesian in Jakarta time', () => {
    expect(formatDate('2026-11-27T18:30:00Z', 'id')).toBe('28 November 2026');
    expect(formatDate('2026-08-17T03:00:00Z', 'id')).toBe('17 Agustus 2026');
  });

  it('given the English locale, then the month is English', () => {
    expect(formatDate('2026-08-17T03:00:00Z', 'en')).toBe('17 August 2026');
  });

  it('given garbage, then it returns an empty string rather than "Invalid Date"', () => {
    expect(formatDate('kemarin')).toBe('');
    expect(formatDate(null)).toBe('');
  });
});

describe('WhatsApp links', () => {
  it('given local and international spellings, then wa.me gets 62… digits', () => {
    expect(waNumber('0812-3456-7890')).toBe('6281234567890');
    expect(waNumber('+62 812 3456 7890')).toBe('6281234567890');
    expect(waNumber('12345')).toBeNull();
  });

  it('given a message, then it is URL-encoded into the link', () => {
    expect(waLink('081234567890', 'Halo & salam')).toBe(
      'https://wa.me/6281234567890?text=Halo%20%26%20salam',
    );
    expect(waLink(null, 'x')).toBeNull();
  });
});
