import '../lib/default-language';
import { defineWidgetConfig } from '@medusajs/admin-sdk';
import type { DetailWidgetProps, AdminProduct } from '@medusajs/framework/types';
import { useEffect, useState } from 'react';
import { adminFetch, useVillages } from '../lib/api';
import { VillageCard } from '../lib/village-card';

/** Shows which village sells the product (its sales channel). */
const ProductVillageWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const { villages } = useVillages();
  const [channelIds, setChannelIds] = useState<string[] | null>(null);
  useEffect(() => {
    adminFetch<{ product: { sales_channels?: { id: string }[] } }>(
      `/admin/products/${data.id}?fields=id,sales_channels.id`,
    )
      .then((r) => setChannelIds((r.product.sales_channels ?? []).map((c) => c.id)))
      .catch(() => setChannelIds([]));
  }, [data.id]);
  const mine =
    villages && channelIds ? villages.filter((v) => channelIds.includes(v.sales_channel_id ?? '')) : null;
  return <VillageCard villages={mine} />;
};

export const config = defineWidgetConfig({ zone: 'product.details.side.before' });

export default ProductVillageWidget;
