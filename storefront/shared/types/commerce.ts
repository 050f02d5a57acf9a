export interface ProductSummary {
  id: string;
  handle: string;
  title: string;
  thumbnail: string | null;
  price: number | null;
  inStock: boolean;
  village: string;
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

export interface Category {
  id: string;
  name: string;
  handle: string;
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

export type PaymentMethod = 'transfer' | 'cod' | 'qris';

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
  lines: CartLine[];
  subtotal: number;
  shipping: number;
  total: number;
}
