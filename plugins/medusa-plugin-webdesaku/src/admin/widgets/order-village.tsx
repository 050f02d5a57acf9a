import '../lib/default-language';
import { defineWidgetConfig } from '@medusajs/admin-sdk';
import type { DetailWidgetProps, AdminOrder } from '@medusajs/framework/types';
import { useVillages } from '../lib/villages';
import { VillageCard } from '../lib/village-card';

/** Shows which village received the order (its sales channel). */
const OrderVillageWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const { data: villages } = useVillages();
  return <VillageCard villages={villages?.filter((v) => v.sales_channel_id === data.sales_channel_id)} />;
};

export const config = defineWidgetConfig({ zone: 'order.details.side.before' });

export default OrderVillageWidget;
