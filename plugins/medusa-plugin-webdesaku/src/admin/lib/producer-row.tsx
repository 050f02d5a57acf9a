import { Avatar, Badge, Button, Text } from '@medusajs/ui';
import { useTranslation } from 'react-i18next';
import type { AdminProducer } from './producers';

/** One producer: photo, name, dusun, number and whether shoppers see it. */
export function ProducerRow({
  producer,
  onEdit,
  onRemove,
}: {
  producer: AdminProducer;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="flex items-center gap-x-3 px-6 py-3">
      <Avatar src={producer.photo_url ?? undefined} fallback={producer.name.slice(0, 1).toUpperCase()} />
      <div className="flex min-w-0 flex-1 flex-col">
        <Text size="small" weight="plus">
          {producer.name}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {[producer.dusun, producer.whatsapp].filter(Boolean).join(' · ')}
        </Text>
      </div>
      {producer.whatsapp && (
        <Badge size="2xsmall" color={producer.whatsapp_public ? 'green' : 'grey'}>
          {t(
            producer.whatsapp_public
              ? 'webdesaku.producers.whatsappShown'
              : 'webdesaku.producers.whatsappHidden',
          )}
        </Badge>
      )}
      <Button size="small" variant="secondary" onClick={onEdit}>
        {t('webdesaku.producers.edit')}
      </Button>
      <Button size="small" variant="transparent" onClick={onRemove}>
        {t('webdesaku.producers.remove')}
      </Button>
    </div>
  );
}
