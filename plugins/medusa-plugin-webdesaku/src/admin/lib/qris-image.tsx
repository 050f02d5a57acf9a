import { Button, Heading, Text, toast, usePrompt } from '@medusajs/ui';
import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sdk } from './sdk';
import { useVillageChange, type AdminVillage, type VillageResponse } from './villages';

// The server's limit, checked here too so a seller does not wait for a long upload to be refused.
export const MAX_BYTES = 5 * 1024 * 1024;

/** The file as base64, without the `data:…;base64,` prefix that the route does not take. */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** The village's QRIS image: shown, replaced by an uploaded photo or screenshot, or removed. */
export function QrisImage({ village }: { village: AdminVillage }) {
  const { t } = useTranslation();
  const prompt = usePrompt();
  const fileInput = useRef<HTMLInputElement>(null);
  const path = `/admin/webdesaku/villages/${village.id}/qris`;
  const saved = t('webdesaku.common.saved');
  const upload = useVillageChange(
    (content: string) => sdk.client.fetch<VillageResponse>(path, { method: 'POST', body: { content } }),
    saved,
  );
  const remove = useVillageChange<void>(() => sdk.client.fetch(path, { method: 'DELETE' }), saved);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // so that choosing the same file again is a change too
    if (!file) return;
    if (file.size > MAX_BYTES) return toast.error(t('webdesaku.payment.qris.tooLarge'));
    const content = await readBase64(file).catch(() => null);
    if (content === null) return toast.error(t('webdesaku.payment.qris.unreadable'));
    upload.mutate(content);
  };
  const confirmRemove = async () => {
    const confirmed = await prompt({
      title: t('webdesaku.payment.qris.removeTitle'),
      description: t('webdesaku.payment.qris.removeDescription'),
      confirmText: t('webdesaku.payment.qris.remove'),
      cancelText: t('webdesaku.common.cancel'),
    });
    if (confirmed) remove.mutate();
  };

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">{t('webdesaku.payment.qris.title')}</Heading>
      {village.qris_image_url ? (
        <img
          src={village.qris_image_url}
          alt={t('webdesaku.payment.qris.alt', { name: village.name })}
          className="max-h-72 w-fit rounded-md border"
        />
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          {t('webdesaku.payment.qris.empty')}
        </Text>
      )}
      <input ref={fileInput} type="file" accept="image/jpeg,image/png,image/webp" hidden onChange={pick} />
      <div className="flex gap-x-2">
        <Button
          size="small"
          variant="secondary"
          onClick={() => fileInput.current?.click()}
          isLoading={upload.isPending}
        >
          {t('webdesaku.payment.qris.upload')}
        </Button>
        {village.qris_image_url && (
          <Button size="small" variant="danger" onClick={confirmRemove} isLoading={remove.isPending}>
            {t('webdesaku.payment.qris.remove')}
          </Button>
        )}
      </div>
    </div>
  );
}
