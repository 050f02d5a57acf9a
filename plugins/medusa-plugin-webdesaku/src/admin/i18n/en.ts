import type { id } from './id';

/** English texts, key for key the same as the Indonesian ones (the type says so). */
export const en: typeof id = {
  common: {
    save: 'Save',
    saved: 'Saved',
    cancel: 'Cancel',
    loading: 'Loading…',
  },
  village: {
    title: 'Village',
    name: '{{name}} village',
    unlinked: 'Not linked to any village shop.',
  },
  access: {
    title: 'Village shop',
    hint: 'A seller manages only their village’s products, stock and orders. Without a village or the regency admin right, the account can open nothing.',
    none: 'No access',
    regency: 'Regency admin (all villages)',
    seller: 'Seller of {{name}} village',
  },
  payment: {
    menu: 'Village payments',
    title: 'Village payments',
    hint: 'These bank accounts and QRIS are shown to shoppers who pay by bank transfer or QRIS.',
    village: 'Village',
    banks: {
      title: 'Bank accounts',
      empty: 'No bank account yet: shoppers are not offered bank transfer.',
      bank: 'Bank',
      number: 'Account number',
      holder: 'Account holder',
      add: 'Add account',
      remove: 'Remove account',
    },
    qris: {
      title: 'QRIS',
      empty: 'No QRIS image yet: shoppers are not offered QRIS.',
      alt: 'QRIS of {{name}} village',
      upload: 'Upload QRIS image',
      remove: 'Remove QRIS',
      removeTitle: 'Remove QRIS?',
      removeDescription: 'Shoppers are no longer offered QRIS until a new image is uploaded.',
      tooLarge: 'The image is larger than 5 MB: choose a smaller one.',
      unreadable: 'The file could not be read.',
    },
  },
  proof: {
    title: 'Proof of payment',
    alt: 'Proof of payment of order #{{number}}',
    sentAt: 'Sent {{time}}',
    status: {
      none: 'No proof of payment yet',
      submitted: 'Waiting to be checked',
      rejected: 'Rejected',
      paid: 'Paid',
    },
    rejectedBecause: 'Rejected: {{reason}}',
    confirm: 'Confirm payment',
    confirmTitle: 'Confirm the payment?',
    confirmDescription:
      'Make sure the money reached the village’s account or QRIS. The order can then be packed.',
    confirmed: 'Payment confirmed',
    reject: 'Reject',
    reason: 'Reason for rejecting (sent to the shopper)',
    reasonPlaceholder: 'e.g. The money has not arrived in the account',
    sendRejection: 'Send rejection',
    rejectedToast: 'Proof of payment rejected',
  },
};
