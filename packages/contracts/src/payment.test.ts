import { describe, expect, it } from 'vitest';
import {
  PAY_FIRST_METHODS,
  PAYMENT_PROVIDER_IDS,
  paymentMethodOf,
  paymentProviderId,
  paysFirst,
} from './payment.js';

describe('payment providers', () => {
  it('names each provider as Medusa registers it', () => {
    expect(PAYMENT_PROVIDER_IDS).toEqual({
      transfer: 'pp_transfer-bank_webdesaku',
      cod: 'pp_cod_webdesaku',
      qris: 'pp_qris_webdesaku',
    });
  });

  it('reads the method back from a provider id, and nothing from another provider', () => {
    for (const method of ['transfer', 'cod', 'qris'] as const) {
      expect(paymentMethodOf(paymentProviderId(method))).toBe(method);
    }
    for (const other of ['pp_system_default', 'pp_cod_other', '', null, undefined]) {
      expect(paymentMethodOf(other)).toBeNull();
    }
  });

  it('asks proof of payment first for transfer and QRIS, not cash on delivery', () => {
    expect(PAY_FIRST_METHODS).toEqual(['transfer', 'qris']);
    expect([paysFirst('transfer'), paysFirst('qris'), paysFirst('cod'), paysFirst(null)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
