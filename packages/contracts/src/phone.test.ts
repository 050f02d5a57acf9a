import { describe, expect, it } from 'vitest';
import { normalizeMobilePhone, whatsappNumber } from './phone.js';

describe('stored mobile number', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['62812.3456.7890', '+6281234567890'],
    ['(0812) 345 678', '+62812345678'],
    ['0812345', null], // too short
    ['08123456789012345', null], // too long
    ['0212345678', null], // a landline, no WhatsApp
    ['+1 812 3456 7890', null],
    ['', null],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeMobilePhone(raw)).toBe(expected);
  });
});

describe('WhatsApp number', () => {
  it.each([
    ['0812-3456-7890', '6281234567890'],
    ['+62 812 3456 7890', '6281234567890'],
    ['+6281234567890', '6281234567890'],
    ['021 1234 5678', '622112345678'], // an office line may still have WhatsApp Business
    ['12345', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (raw, expected) => {
    expect(whatsappNumber(raw)).toBe(expected);
  });

  it('reads the stored form as the same number', () => {
    expect(whatsappNumber(normalizeMobilePhone('0812 3456 7890'))).toBe('6281234567890');
  });
});
