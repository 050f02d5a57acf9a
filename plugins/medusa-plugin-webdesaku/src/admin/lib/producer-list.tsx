import { Button, Drawer, Text, usePrompt } from '@medusajs/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProducerForm } from './producer-form';
import { ProducerRow } from './producer-row';
import { useProducerChange, useProducers, type AdminProducer } from './producers';
import { sdk } from './sdk';
import type { AdminVillage } from './villages';

/** The village's producers with add, edit (in a drawer) and remove. */
export function ProducerList({ village }: { village: AdminVillage }) {
  const { t } = useTranslation();
  const prompt = usePrompt();
  const { data: producers, error } = useProducers(village.id);
  // 'new', a producer's id, or null: the drawer reads the producer from the fresh list, so a new photo shows.
  const [editing, setEditing] = useState<string | null>(null);
  const current = producers?.find((p) => p.id === editing);
  const remove = useProducerChange(
    (id: string) => sdk.client.fetch(`/admin/webdesaku/producers/${id}`, { method: 'DELETE' }),
    t('webdesaku.producers.removed'),
  );
  const confirmRemove = async (producer: AdminProducer) => {
    const confirmed = await prompt({
      title: t('webdesaku.producers.removeTitle', { name: producer.name }),
      description: t('webdesaku.producers.removeDescription'),
      confirmText: t('webdesaku.producers.remove'),
      cancelText: t('webdesaku.common.cancel'),
    });
    if (confirmed) remove.mutate(producer.id);
  };

  return (
    <>
      <div className="flex items-center justify-between px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          {error?.message ??
            (producers
              ? t('webdesaku.producers.count', { count: producers.length })
              : t('webdesaku.common.loading'))}
        </Text>
        <Button size="small" variant="secondary" onClick={() => setEditing('new')}>
          {t('webdesaku.producers.add')}
        </Button>
      </div>
      {producers?.map((producer) => (
        <ProducerRow
          key={producer.id}
          producer={producer}
          onEdit={() => setEditing(producer.id)}
          onRemove={() => confirmRemove(producer)}
        />
      ))}
      <Drawer open={editing !== null} onOpenChange={(open) => !open && setEditing(null)}>
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title>
              {t(current ? 'webdesaku.producers.editTitle' : 'webdesaku.producers.addTitle')}
            </Drawer.Title>
          </Drawer.Header>
          {editing && (
            <ProducerForm
              key={editing}
              villageId={village.id}
              producer={current}
              // After adding, the drawer stays open on the new producer so a photo can follow.
              onDone={(saved) => setEditing(editing === 'new' ? saved.id : null)}
            />
          )}
        </Drawer.Content>
      </Drawer>
    </>
  );
}
