import '../lib/default-language';
import { defineWidgetConfig } from '@medusajs/admin-sdk';
import type { AdminProduct, DetailWidgetProps } from '@medusajs/framework/types';
import { Container, Heading, Select, Text } from '@medusajs/ui';
import { useTranslation } from 'react-i18next';
import { useProducerChange, useProducers, useProductProducer } from '../lib/producers';
import { sdk } from '../lib/sdk';

// Select items need a non-empty value: this one stands for "no producer".
const NONE = 'none';

/** Who made the product: one of its village's producers (pelapak), or none. */
const ProductProducerWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useTranslation();
  const current = useProductProducer(data.id);
  const villageId = current.data?.village_id;
  const producers = useProducers(villageId);
  const choose = useProducerChange(
    (producer_id: string | null) =>
      sdk.client.fetch(`/admin/webdesaku/products/${data.id}/producer`, {
        method: 'POST',
        body: { producer_id },
      }),
    t('webdesaku.common.saved'),
  );

  // What to say instead of the choice, while it cannot be made.
  const note = (): string | null => {
    if (current.error) return current.error.message;
    if (!current.data) return t('webdesaku.common.loading');
    if (!villageId) return t('webdesaku.producers.product.noVillage');
    if (!producers.data) return producers.error?.message ?? t('webdesaku.common.loading');
    if (!producers.data.length && !current.data.producer) return t('webdesaku.producers.product.noProducers');
    return null;
  };
  const message = note();

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t('webdesaku.producers.product.title')}</Heading>
      </div>
      <div className="px-6 py-4">
        {message ? (
          <Text size="small" className="text-ui-fg-subtle">
            {message}
          </Text>
        ) : (
          <Select
            value={current.data?.producer?.id ?? NONE}
            onValueChange={(value) => choose.mutate(value === NONE ? null : value)}
            disabled={choose.isPending}
          >
            <Select.Trigger aria-label={t('webdesaku.producers.product.choose')}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={NONE}>{t('webdesaku.producers.product.none')}</Select.Item>
              {producers.data?.map((p) => (
                <Select.Item key={p.id} value={p.id}>
                  {p.dusun ? `${p.name} (${p.dusun})` : p.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        )}
      </div>
    </Container>
  );
};

export const config = defineWidgetConfig({ zone: 'product.details.side.after' });

export default ProductProducerWidget;
