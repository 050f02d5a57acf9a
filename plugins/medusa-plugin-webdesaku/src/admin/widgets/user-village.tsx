import '../lib/default-language';
import { defineWidgetConfig } from '@medusajs/admin-sdk';
import type { DetailWidgetProps, AdminUser } from '@medusajs/framework/types';
import { Button, Container, Heading, Select, Text, toast } from '@medusajs/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NONE, REGENCY, useUserAccess } from '../lib/user-access';
import { useVillages } from '../lib/villages';

/** Lets a regency admin make a user the seller (penjual) of one village, or a regency admin. */
const UserVillageWidget = ({ data }: DetailWidgetProps<AdminUser>) => {
  const { t } = useTranslation();
  const { data: villages } = useVillages();
  const { access, save } = useUserAccess(data.id);
  const [choice, setChoice] = useState<string>();

  // Sellers only ever see their own village; the picker is for regency admins.
  if (!villages || villages.length < 2) return null;
  const current = choice ?? access.data ?? NONE;
  const submit = () =>
    save.mutate(current, {
      onSuccess: () => toast.success(t('webdesaku.common.saved')),
      onError: (e) => toast.error(e.message),
    });

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t('webdesaku.access.title')}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t('webdesaku.access.hint')}
        </Text>
      </div>
      <div className="flex items-center gap-x-2 px-6 py-4">
        <Select value={current} onValueChange={setChoice}>
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NONE}>{t('webdesaku.access.none')}</Select.Item>
            <Select.Item value={REGENCY}>{t('webdesaku.access.regency')}</Select.Item>
            {villages.map((v) => (
              <Select.Item key={v.slug} value={v.slug}>
                {t('webdesaku.access.seller', { name: v.name })}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Button size="small" onClick={submit} isLoading={save.isPending}>
          {t('webdesaku.common.save')}
        </Button>
      </div>
    </Container>
  );
};

export const config = defineWidgetConfig({ zone: 'user.details.after' });

export default UserVillageWidget;
