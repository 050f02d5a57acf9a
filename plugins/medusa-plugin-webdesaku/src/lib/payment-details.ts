/** One account a village's shoppers transfer to. */
export type BankAccount = { bank: string; number: string; holder: string };

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The stored list as typed accounts; anything malformed in the JSON column is left out. */
export function bankAccountsOf(stored: unknown): BankAccount[] {
  if (!Array.isArray(stored)) return [];
  return stored
    .map((row) => ({ bank: text(row?.bank), number: text(row?.number), holder: text(row?.holder) }))
    .filter((account) => account.bank && account.number && account.holder);
}
