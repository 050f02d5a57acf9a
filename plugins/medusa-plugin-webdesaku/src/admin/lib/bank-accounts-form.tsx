import { Trash } from '@medusajs/icons';
import { Button, Heading, IconButton, Input, Label, Text } from '@medusajs/ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sdk } from './sdk';
import { useVillageChange, type AdminVillage, type BankAccount, type VillageResponse } from './villages';

// The server keeps at most five; it also checks each field and says which one is wrong.
const MAX_ACCOUNTS = 5;
const FIELDS = ['bank', 'number', 'holder'] as const;
const EMPTY: BankAccount = { bank: '', number: '', holder: '' };

/** The village's bank accounts for transfers: add, edit and remove rows, then save them all. */
export function BankAccountsForm({ village }: { village: AdminVillage }) {
  const { t } = useTranslation();
  const id = useId();
  const [rows, setRows] = useState(village.bank_accounts);
  const save = useVillageChange(
    (bank_accounts: BankAccount[]) =>
      sdk.client.fetch<VillageResponse>(`/admin/webdesaku/villages/${village.id}/payment`, {
        method: 'POST',
        body: { bank_accounts },
      }),
    t('webdesaku.common.saved'),
  );
  const edit = (index: number, field: keyof BankAccount, value: string) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(rows, { onSuccess: (r) => setRows(r.village.bank_accounts) });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">{t('webdesaku.payment.banks.title')}</Heading>
      {rows.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          {t('webdesaku.payment.banks.empty')}
        </Text>
      )}
      {rows.map((row, index) => (
        <div key={index} className="grid grid-cols-[1fr_1fr_1fr_auto] items-end gap-x-2">
          {FIELDS.map((field) => (
            <div key={field} className="flex flex-col gap-y-1">
              <Label size="xsmall" htmlFor={`${id}-${index}-${field}`}>
                {t(`webdesaku.payment.banks.${field}`)}
              </Label>
              <Input
                id={`${id}-${index}-${field}`}
                size="small"
                value={row[field]}
                onChange={(e) => edit(index, field, e.target.value)}
              />
            </div>
          ))}
          <IconButton
            type="button"
            variant="transparent"
            aria-label={t('webdesaku.payment.banks.remove')}
            onClick={() => setRows(rows.filter((_, i) => i !== index))}
          >
            <Trash />
          </IconButton>
        </div>
      ))}
      <div className="flex gap-x-2">
        <Button
          type="button"
          size="small"
          variant="secondary"
          disabled={rows.length >= MAX_ACCOUNTS}
          onClick={() => setRows([...rows, EMPTY])}
        >
          {t('webdesaku.payment.banks.add')}
        </Button>
        <Button type="submit" size="small" isLoading={save.isPending}>
          {t('webdesaku.common.save')}
        </Button>
      </div>
    </form>
  );
}
