import { Button, Checkbox, Drawer, Input, Label, Text, Textarea } from '@medusajs/ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProducerPhoto } from './producer-photo';
import { sdk } from './sdk';
import {
  useProducerChange,
  type AdminProducer,
  type ProducerFields,
  type ProducerResponse,
} from './producers';

// The route's limit, shown as a counter so a seller sees it before saving.
const MAX_PROFILE = 500;

const fieldsOf = (p?: AdminProducer): ProducerFields => ({
  name: p?.name ?? '',
  whatsapp: p?.whatsapp ?? '',
  whatsapp_public: p?.whatsapp_public ?? false,
  profile: p?.profile ?? '',
  dusun: p?.dusun ?? '',
});

type Props = { villageId: string; producer?: AdminProducer; onDone: (saved: AdminProducer) => void };

/** Adds a producer to the village, or edits one (then with its photo), in the side drawer. */
export function ProducerForm({ villageId, producer, onDone }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [fields, setFields] = useState(() => fieldsOf(producer));
  const set = <K extends keyof ProducerFields>(key: K, value: ProducerFields[K]) =>
    setFields({ ...fields, [key]: value });
  const save = useProducerChange(
    (body: ProducerFields) =>
      sdk.client.fetch<ProducerResponse>(
        producer
          ? `/admin/webdesaku/producers/${producer.id}`
          : `/admin/webdesaku/villages/${villageId}/producers`,
        { method: 'POST', body },
      ),
    t('webdesaku.common.saved'),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(fields, { onSuccess: (r) => onDone(r.producer) });
  };
  const text = (key: 'name' | 'whatsapp' | 'dusun', placeholder?: string) => (
    <div className="flex flex-col gap-y-1">
      <Label size="small" htmlFor={`${id}-${key}`}>
        {t(`webdesaku.producers.${key}`)}
      </Label>
      <Input
        id={`${id}-${key}`}
        value={fields[key]}
        placeholder={placeholder}
        onChange={(e) => set(key, e.target.value)}
      />
    </div>
  );

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        {producer && <ProducerPhoto producer={producer} />}
        {text('name')}
        {text('dusun')}
        {text('whatsapp', t('webdesaku.producers.whatsappHint'))}
        <div className="flex items-start gap-x-2">
          <Checkbox
            id={`${id}-consent`}
            checked={fields.whatsapp_public}
            onCheckedChange={(checked) => set('whatsapp_public', checked === true)}
          />
          <Label size="small" htmlFor={`${id}-consent`}>
            {t('webdesaku.producers.whatsappPublic')}
          </Label>
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small" htmlFor={`${id}-profile`}>
            {t('webdesaku.producers.profile')}
          </Label>
          <Textarea
            id={`${id}-profile`}
            value={fields.profile}
            maxLength={MAX_PROFILE}
            onChange={(e) => set('profile', e.target.value)}
          />
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t('webdesaku.producers.profileCount', { count: fields.profile.length, max: MAX_PROFILE })}
          </Text>
        </div>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button type="button" size="small" variant="secondary">
            {t('webdesaku.common.cancel')}
          </Button>
        </Drawer.Close>
        <Button type="submit" size="small" isLoading={save.isPending}>
          {t('webdesaku.common.save')}
        </Button>
      </Drawer.Footer>
    </form>
  );
}
