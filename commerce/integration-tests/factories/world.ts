import type { AxiosInstance } from 'axios';
import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { createVillageProduct } from './products';
import { guestCartWith, payAndComplete } from './checkout';
import { provisionVillage, type ProvisionedVillage } from './villages';

/** A village with one product (one option, one variant, stocked) and one order of a guest. */
export type VillageWorld = {
  village: ProvisionedVillage;
  productId: string;
  variantId: string;
  optionId: string;
  inventoryItemId: string;
  orderId: string;
  paymentId: string;
  customerId: string;
  shippingOptionId: string;
};

type Row = Record<string, any>;

export async function villageWorld(
  api: AxiosInstance,
  container: MedusaContainer,
  slug: string,
): Promise<VillageWorld> {
  const village = await provisionVillage(api, slug);
  const { product, variantId, inventoryItemId } = await createVillageProduct(container, village, {
    stock: 10,
  });
  const cartId = await guestCartWith(api, village, variantId, 1);
  const { data } = await payAndComplete(api, village, cartId, 'pp_cod_webdesaku');
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data: orders } = await query.graph({
    entity: 'order',
    fields: ['id', 'customer_id', 'payment_collections.payments.id', 'shipping_methods.shipping_option_id'],
    filters: { id: data.order.id },
  });
  const { data: products } = await query.graph({
    entity: 'product',
    fields: ['id', 'options.id'],
    filters: { id: product.id },
  });
  const order = orders[0] as Row;
  return {
    village,
    productId: product.id,
    variantId,
    optionId: (products[0] as Row).options[0].id,
    inventoryItemId,
    orderId: order.id,
    paymentId: order.payment_collections[0].payments[0].id,
    customerId: order.customer_id,
    shippingOptionId: order.shipping_methods[0].shipping_option_id,
  };
}
