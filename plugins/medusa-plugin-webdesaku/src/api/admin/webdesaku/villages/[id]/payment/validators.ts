import { z } from '@medusajs/framework/zod';

const BankAccountSchema = z.object({
  bank: z.string().trim().min(2, 'Nama bank wajib diisi, mis. BRI').max(60),
  number: z
    .string()
    .trim()
    .regex(/^[0-9][0-9 .-]{4,30}$/, 'Nomor rekening hanya angka (boleh spasi atau tanda hubung)'),
  holder: z.string().trim().min(2, 'Nama pemilik rekening wajib diisi').max(100),
});

export const VillagePaymentSchema = z.object({
  bank_accounts: z.array(BankAccountSchema).max(5, 'Paling banyak 5 rekening'),
});

export type VillagePaymentBody = z.infer<typeof VillagePaymentSchema>;
