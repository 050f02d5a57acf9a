// Small builders for backend-shaped data, matching the Strapi plugin's home endpoint and Medusa's Store API.
import type { OrderView } from '../shared/types/commerce';

export const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

export function strapiHome(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      village: {
        id: 1,
        documentId: 'v1',
        name: 'Anjun',
        slug: 'anjun',
        description: 'Sentra gerabah Plered.',
        headName: 'Ujang Sopandi',
        whatsapp: '+6281200000001',
        phone: '0264 200001',
        district: { id: 4, name: 'Plered', slug: 'plered' },
        profile: [paragraph('Profil panjang.')],
        visionMission: [paragraph('Maju bersama.')],
        history: [],
        logo: {
          url: '/uploads/logo.png',
          alternativeText: 'Logo Anjun',
          width: 200,
          height: 200,
          formats: { thumbnail: { url: '/uploads/thumbnail_logo.png', width: 156, height: 156 } },
        },
        cover: null,
      },
      officials: [{ name: 'Siti', position: 'Sekretaris Desa', photo: null }],
      articles: [
        {
          documentId: 'a1',
          title: 'Festival Gerabah',
          slug: 'festival-gerabah',
          excerpt: 'Ramai',
          publishedAt: '2026-11-20T03:00:00.000Z',
          cover: null,
        },
      ],
      announcements: [
        { documentId: 'n1', title: 'Posyandu', body: [paragraph('Besok pagi')], validUntil: '2026-12-01' },
      ],
      events: [
        { documentId: 'e1', title: 'Musdes', startsAt: '2026-12-02T02:00:00.000Z', place: 'Balai Desa' },
      ],
      potentials: [
        {
          documentId: 'p1',
          title: 'Gerabah',
          category: 'kerajinan',
          body: [paragraph('Keramik tanah liat')],
          images: [{ url: '/uploads/g.jpg', width: 800, height: 600 }],
        },
      ],
      statistic: {
        year: 2025,
        populationMale: 2000,
        populationFemale: 2100,
        households: 1200,
        byAgeGroup: [{ label: '0-14', male: 500, female: 480 }],
      },
      budget: {
        year: 2025,
        report: { url: '/uploads/apbdes.pdf' },
        totals: [{ kind: 'pendapatan', planned: 1500, realized: 1200, realizationPercent: 80 }],
        planned: 1500,
        realized: 1200,
      },
      ...overrides,
    },
    meta: { locale: 'id' },
  };
}

export function medusaProduct(overrides: Record<string, unknown> = {}) {
  return {
    id: 'prod_01',
    handle: 'kendi-gerabah',
    title: 'Kendi Gerabah',
    thumbnail: 'http://localhost:9000/static/kendi.jpg',
    variants: [
      {
        id: 'variant_01',
        title: 'Kecil',
        calculated_price: { calculated_amount: 15000 },
        inventory_quantity: 3,
        manage_inventory: true,
        allow_backorder: false,
      },
      {
        id: 'variant_02',
        title: 'Besar',
        calculated_price: { calculated_amount: 45000 },
        inventory_quantity: 0,
        manage_inventory: true,
        allow_backorder: false,
      },
    ],
    ...overrides,
  };
}

/** An order as the storefront shows it: two lines, courier delivery, COD, nothing done yet. */
export function orderView(over: Partial<OrderView> = {}): OrderView {
  const line = (id: string, title: string, quantity: number, unitPrice: number) => ({
    id,
    title,
    variantTitle: null,
    thumbnail: null,
    quantity,
    unitPrice,
    total: quantity * unitPrice,
    handle: null,
  });
  return {
    id: 'order_01ABCDEFGHJKMNPQRSTVWXYZ01',
    displayId: '12',
    status: 'pending',
    paymentStatus: 'authorized',
    fulfillmentStatus: 'not_fulfilled',
    createdAt: '2026-12-03T10:00:00Z',
    email: 'siti@contoh.id',
    phone: null,
    salesChannelId: 'sc_1',
    paymentMethod: 'cod',
    paymentInstructions: null,
    pickup: false,
    deliveryName: 'Kurir desa',
    proof: null,
    shipments: [],
    cancelReason: null,
    lines: [line('l1', 'Kendi Gerabah', 2, 15000), line('l2', 'Kopi Wanayasa 250 g', 1, 45000)],
    subtotal: 75000,
    shipping: 10000,
    total: 85000,
    ...over,
  };
}
