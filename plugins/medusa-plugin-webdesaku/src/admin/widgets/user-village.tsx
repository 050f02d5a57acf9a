import '../lib/default-language';
import { defineWidgetConfig } from '@medusajs/admin-sdk';
import type { DetailWidgetProps, AdminUser } from '@medusajs/framework/types';
import { Button, Container, Heading, Select, Text, toast } from '@medusajs/ui';
import { useEffect, useState } from 'react';
import { adminFetch, useVillages, type AdminVillage } from '../lib/api';

// A user is the seller of one village, a regency admin (an explicit grant), or nothing at all.
const REGENCY = '__regency__';
const NONE = '__none__';

type Grants = { regency_admins: { user_id: string }[] };

/** Lets a regency admin make a user the seller (penjual) of one village, or a regency admin. */
const UserVillageWidget = ({ data }: DetailWidgetProps<AdminUser>) => {
  const { villages, error } = useVillages();
  const [current, setCurrent] = useState<string>(NONE);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    Promise.all([
      adminFetch<{ village: AdminVillage | null }>(`/admin/webdesaku/sellers/${data.id}`),
      adminFetch<Grants>('/admin/webdesaku/regency-admins'),
    ])
      .then(([seller, grants]) => {
        const regency = grants.regency_admins.some((g) => g.user_id === data.id);
        setCurrent(seller.village?.slug ?? (regency ? REGENCY : NONE));
      })
      .catch(() => undefined);
  }, [data.id]);

  // Sellers only ever see their own village; the picker is for regency admins.
  if (error || !villages || villages.length < 2) return null;

  const save = async () => {
    setSaving(true);
    try {
      const village = current === REGENCY || current === NONE ? null : current;
      // Revoke first, grant last: a change never leaves the user with both rights at once.
      if (current !== REGENCY) {
        await adminFetch(`/admin/webdesaku/regency-admins/${data.id}`, { method: 'DELETE' });
      }
      await adminFetch('/admin/webdesaku/sellers', {
        method: 'POST',
        body: JSON.stringify({ user_id: data.id, village_slug: village }),
      });
      if (current === REGENCY) {
        await adminFetch('/admin/webdesaku/regency-admins', {
          method: 'POST',
          body: JSON.stringify({ user_id: data.id }),
        });
      }
      toast.success('Tersimpan');
    } catch (e) {
      toast.error((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Lapak desa</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Penjual hanya dapat mengelola produk, stok dan pesanan desanya. Tanpa desa atau hak admin kabupaten,
          akun tidak dapat membuka apa pun.
        </Text>
      </div>
      <div className="flex items-center gap-x-2 px-6 py-4">
        <Select value={current} onValueChange={setCurrent}>
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NONE}>Tanpa akses</Select.Item>
            <Select.Item value={REGENCY}>Admin kabupaten (semua desa)</Select.Item>
            {villages.map((v) => (
              <Select.Item key={v.slug} value={v.slug}>
                Penjual Desa {v.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Button size="small" onClick={save} isLoading={saving}>
          Simpan
        </Button>
      </div>
    </Container>
  );
};

export const config = defineWidgetConfig({ zone: 'user.details.after' });

export default UserVillageWidget;
