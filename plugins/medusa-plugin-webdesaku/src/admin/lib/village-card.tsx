import { Badge, Container, Heading, Text } from '@medusajs/ui';
import { useTranslation } from 'react-i18next';
import type { AdminVillage } from './villages';

/** The village a product or order belongs to, as a small side card. */
export function VillageCard({ villages }: { villages: AdminVillage[] | undefined }) {
  const { t } = useTranslation();
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t('webdesaku.village.title')}</Heading>
      </div>
      <div className="px-6 py-4">
        {villages === undefined ? (
          <Text size="small">{t('webdesaku.common.loading')}</Text>
        ) : villages.length === 0 ? (
          <Text size="small">{t('webdesaku.village.unlinked')}</Text>
        ) : (
          villages.map((v) => (
            <div key={v.id} className="flex items-center gap-x-2">
              <Text size="small" weight="plus">
                {t('webdesaku.village.name', { name: v.name })}
              </Text>
              <Badge size="2xsmall">{v.slug}</Badge>
            </div>
          ))
        )}
      </div>
    </Container>
  );
}
