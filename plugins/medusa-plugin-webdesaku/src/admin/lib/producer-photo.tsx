import { Avatar, Button, toast } from '@medusajs/ui';
import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_BYTES, readBase64 } from './qris-image';
import { sdk } from './sdk';
import { useProducerChange, type AdminProducer, type ProducerResponse } from './producers';

/** A producer's photo: shown, replaced by an uploaded one (re-encoded by the route), or removed. */
export function ProducerPhoto({ producer }: { producer: AdminProducer }) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const path = `/admin/webdesaku/producers/${producer.id}/photo`;
  const saved = t('webdesaku.common.saved');
  const upload = useProducerChange(
    (content: string) => sdk.client.fetch<ProducerResponse>(path, { method: 'POST', body: { content } }),
    saved,
  );
  const remove = useProducerChange(
    () => sdk.client.fetch<ProducerResponse>(path, { method: 'DELETE' }),
    saved,
  );

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // so that choosing the same file again is a change too
    if (!file) return;
    if (file.size > MAX_BYTES) return toast.error(t('webdesaku.producers.photo.tooLarge'));
    const content = await readBase64(file).catch(() => null);
    if (content === null) return toast.error(t('webdesaku.producers.photo.unreadable'));
    upload.mutate(content);
  };

  return (
    <div className="flex items-center gap-x-3">
      <Avatar
        size="xlarge"
        src={producer.photo_url ?? undefined}
        fallback={producer.name.slice(0, 1).toUpperCase()}
      />
      <input ref={fileInput} type="file" accept="image/jpeg,image/png,image/webp" hidden onChange={pick} />
      <Button
        type="button"
        size="small"
        variant="secondary"
        onClick={() => fileInput.current?.click()}
        isLoading={upload.isPending}
      >
        {t('webdesaku.producers.photo.upload')}
      </Button>
      {producer.photo_url && (
        <Button
          type="button"
          size="small"
          variant="transparent"
          onClick={() => remove.mutate(undefined)}
          isLoading={remove.isPending}
        >
          {t('webdesaku.producers.photo.remove')}
        </Button>
      )}
    </div>
  );
}
