import type { PaymentMethod } from '@webdesaku/contracts';

export interface ProductSummary {
  id: string;
  handle: string;
  title: string;
  thumbnail: string | null;
  price: number | null;
  inStock: boolean;
  village: string;
  /** The village's name, where products of many villages are listed together. */
  villageName?: string;
  /** Who made it (a pelapak of the village), when the seller named one. */
  producer?: ProducerRef | null;
}

/** A villager who makes what the village sells; `whatsapp` only where they agreed to show it. */
export interface ProducerRef {
  id: string;
  name: string;
  dusun: string | null;
  photo: string | null;
  whatsapp: string | null;
}

/** A producer as the village's lapak lists them, with a short profile. */
export interface ProducerProfile extends ProducerRef {
  profile: string | null;
}

/** A category of the regency market with how many products it holds. */
export interface MarketCategory {
  handle: string;
  name: string;
  count: number;
}

export interface ProductVariant {
  id: string;
  title: string;
  price: number | null;
  inventory: number | null;
  inStock: boolean;
}

export interface ProductDetail extends ProductSummary {
  description: string;
  images: string[];
  variants: ProductVariant[];
  categories: { id: string; name: string }[];
}

/** The lapak section of a page: `available: false` when Medusa could not be reached. */
export interface Lapak<T = ProductSummary> {
  available: boolean;
  products: T[];
  count: number;
}

export interface CartLine {
  id: string;
  title: string;
  variantTitle: string | null;
  thumbnail: string | null;
  quantity: number;
  unitPrice: number;
  total: number;
  handle: string | null;
}

export interface VillageCart {
  village: string;
  villageName: string;
  id: string;
  lines: CartLine[];
  subtotal: number;
  shipping: number;
  total: number;
  email: string | null;
}

export interface ShippingChoice {
  id: string;
  name: string;
  amount: number;
  pickup: boolean;
}

export type { PaymentMethod };

/** An account the village's shoppers transfer to. */
export interface BankAccount {
  bank: string;
  number: string;
  holder: string;
}

/** How a village's shop is paid: its bank accounts for transfer and its QRIS code (an image). */
export interface PaymentDetails {
  bankAccounts: BankAccount[];
  qrisImage: string | null;
}

/** The shopper's proof of a transfer/QRIS payment, as the seller judged it so far. */
export interface PaymentProofView {
  status: 'submitted' | 'rejected';
  submittedAt: string;
  reason: string | null;
}

/** A parcel of the order: when it was packed, shipped, delivered, and its tracking numbers (resi). */
export interface ShipmentView {
  packedAt: string | null;
  shippedAt: string | null;
  deliveredAt: string | null;
  trackingNumbers: string[];
}

export interface OrderView {
  id: string;
  displayId: string;
  status: string;
  paymentStatus: string;
  fulfillmentStatus: string;
  createdAt: string;
  email: string | null;
  phone: string | null;
  salesChannelId: string | null;
  paymentMethod: PaymentMethod | null;
  /** what the village's payment provider tells the shopper to do (falls back to our generic text) */
  paymentInstructions: string | null;
  pickup: boolean;
  /** the chosen delivery (e.g. "Kurir desa"), the courier shown beside a tracking number */
  deliveryName: string | null;
  proof: PaymentProofView | null;
  shipments: ShipmentView[];
  /** why it was canceled, when our own cancel paths recorded it */
  cancelReason: string | null;
  lines: CartLine[];
  subtotal: number;
  shipping: number;
  total: number;
}
