import '../lib/default-language';
import { defineWidgetConfig } from '@medusajs/admin-sdk';
import type { DetailWidgetProps, AdminOrder } from '@medusajs/framework/types';
import { useVillages } from '../lib/api';
import { VillageCard } from '../lib/village-card';

/** Shows which village received the order (its sales channel). */
const OrderVillageWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const { villages } = useVillages();
  const mine = villages ? villages.filter((v) => v.sales_channel_id === data.sales_channel_id) : null;
  return <VillageCard villages={mine} />;
};

export const config = defineWidgetConfig({ zone: 'order.details.side.before' });

export default OrderVillageWidget;
