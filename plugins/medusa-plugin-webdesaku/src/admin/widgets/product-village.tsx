import '../lib/default-language';
import { defineWidgetConfig } from '@medusajs/admin-sdk';
import type { DetailWidgetProps, AdminProduct } from '@medusajs/framework/types';
import { useQuery } from '@tanstack/react-query';
import { sdk } from '../lib/sdk';
import { useVillages } from '../lib/villages';
import { VillageCard } from '../lib/village-card';

/** Shows which village sells the product (its sales channel). */
const ProductVillageWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const { data: villages } = useVillages();
  // The detail page's product may lack its channels; ask for just their ids.
  const channels = useQuery({
    queryKey: ['webdesaku', 'product-channels', data.id],
    queryFn: () => sdk.admin.product.retrieve(data.id, { fields: 'id,sales_channels.id' }),
    select: (r) => (r.product.sales_channels ?? []).map((c) => c.id),
  });
  // Channels that cannot be read are no village of this user's to show.
  const channelIds = channels.isError ? [] : channels.data;
  const mine =
    villages && channelIds
      ? villages.filter((v) => channelIds.includes(v.sales_channel_id ?? ''))
      : undefined;
  return <VillageCard villages={mine} />;
};

export const config = defineWidgetConfig({ zone: 'product.details.side.before' });

export default ProductVillageWidget;
