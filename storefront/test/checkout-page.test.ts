import { describe, expect, it, vi } from 'vitest';
import { BackendError } from '../server/utils/backend-http';
import { loadCheckoutPage, type CheckoutPageDeps } from '../server/utils/checkout-page';
import type { VillageCart } from '../shared/types/commerce';

const cartOf = (village: string) => ({ id: `cart_${village}`, village }) as unknown as VillageCart;

const deps = (overrides: Partial<CheckoutPageDeps> = {}): CheckoutPageDeps => ({
  village: async () => ({ key: 'pk_anjun', payment: { bankAccounts: [], qrisImage: null } }),
  carts: async () => [cartOf('anjun')],
  shippingOptions: async () => [{ id: 'so_pickup', name: 'Ambil di tempat', amount: 0, pickup: true }],
  ...overrides,
});

describe('checkout page data', () => {
  it('given a village Medusa does not know, then 404 (not an empty checkout)', async () => {
    const carts = vi.fn(async () => []);
    const loading = loadCheckoutPage('tidak-ada-desa-ini', {
      ...deps({ carts }),
      village: async (slug) => {
        throw new BackendError('medusa', 404, `village ${slug} has no shop`);
      },
    });
    await expect(loading).rejects.toMatchObject({ statusCode: 404 });
    expect(carts).not.toHaveBeenCalled();
  });

  it('given Medusa down, then a calm 503', async () => {
    const loading = loadCheckoutPage(
      'anjun',
      deps({
        village: async () => {
          throw new BackendError('medusa', null, 'ECONNREFUSED');
        },
      }),
    );
    await expect(loading).rejects.toMatchObject({ statusCode: 503 });
  });

  it('given a known village with or without a cart, then its cart, shipping options and payment details', async () => {
    const account = { bank: 'BRI', number: '0123', holder: 'BUMDes Anjun' };
    const withAccount = deps({
      village: async () => ({ key: 'pk_anjun', payment: { bankAccounts: [account], qrisImage: null } }),
    });
    expect(await loadCheckoutPage('anjun', withAccount)).toMatchObject({
      cart: { id: 'cart_anjun' },
      shippingOptions: [{ id: 'so_pickup' }],
      payment: { bankAccounts: [account] },
    });
    expect(await loadCheckoutPage('wanayasa', deps())).toEqual({
      cart: null,
      shippingOptions: [],
      payment: { bankAccounts: [], qrisImage: null },
    });
  });
});
