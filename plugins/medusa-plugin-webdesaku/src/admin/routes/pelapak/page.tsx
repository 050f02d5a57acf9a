import '../../lib/default-language';
import { defineRouteConfig } from '@medusajs/admin-sdk';
import { Users } from '@medusajs/icons';
import { Container, Heading, Select, Text } from '@medusajs/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProducerList } from '../../lib/producer-list';
import { useVillages } from '../../lib/villages';

/** Where a village's sellers (or the regency admin, for any village) keep its producers (pelapak). */
const ProducersPage = () => {
  const { t } = useTranslation();
  const { data: villages, error } = useVillages();
  const [chosenId, setChosenId] = useState<string>();
  const village = villages?.find((v) => v.id === chosenId) ?? villages?.[0];

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{t('webdesaku.producers.title')}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t('webdesaku.producers.hint')}
          </Text>
        </div>
        {villages && villages.length > 1 && (
          <Select value={village?.id} onValueChange={setChosenId}>
            <Select.Trigger className="w-64" aria-label={t('webdesaku.producers.village')}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {villages.map((v) => (
                <Select.Item key={v.id} value={v.id}>
                  {t('webdesaku.village.name', { name: v.name })}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        )}
      </div>
      {village ? (
        <div key={village.id} className="divide-y">
          <ProducerList village={village} />
        </div>
      ) : (
        <Text size="small" className="px-6 py-4">
          {error?.message ?? t(villages ? 'webdesaku.village.unlinked' : 'webdesaku.common.loading')}
        </Text>
      )}
    </Container>
  );
};

export const config = defineRouteConfig({
  label: 'webdesaku.producers.menu',
  translationNs: 'translation',
  icon: Users,
});

export default ProducersPage;
