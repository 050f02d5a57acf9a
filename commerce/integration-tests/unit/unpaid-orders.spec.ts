import { isUnpaidPayFirst } from 'medusa-plugin-webdesaku/lib/unpaid-orders';

const cutoff = new Date('2026-12-02T10:00:00Z');
const transferOrder = (metadata: Record<string, unknown> | null = null) => ({
  status: 'pending',
  metadata,
  fulfillments: [],
  payment_collections: [{ payments: [{ provider_id: 'pp_transfer-bank_webdesaku', captured_at: null }] }],
});
const proof = (over: Record<string, unknown>) => ({
  payment_proof: {
    file_id: 'private-1-bukti-0a1b2c3d-1111-2222-3333-444455556666.jpg',
    mime: 'image/jpeg',
    submitted_at: '2026-12-01T09:00:00Z',
    ...over,
  },
});

describe('which transfer/QRIS orders the unpaid-order job cancels', () => {
  it('cancels an order with no proof, and one whose proof was rejected before the cutoff', () => {
    expect(isUnpaidPayFirst(transferOrder(), cutoff)).toBe(true);
    const rejectedLongAgo = proof({ status: 'rejected', decided_at: '2026-12-02T09:00:00Z' });
    expect(isUnpaidPayFirst(transferOrder(rejectedLongAgo), cutoff)).toBe(true);
  });

  it('keeps an order whose proof waits for the seller, or was rejected within the window', () => {
    expect(isUnpaidPayFirst(transferOrder(proof({ status: 'submitted' })), cutoff)).toBe(false);
    const rejectedRecently = proof({ status: 'rejected', decided_at: '2026-12-02T11:00:00Z' });
    expect(isUnpaidPayFirst(transferOrder(rejectedRecently), cutoff)).toBe(false);
  });

  it('ignores a proof whose file is not one of ours (forged metadata), and never cancels cash on delivery', () => {
    const forged = { payment_proof: { file_id: 'evil.html', mime: 'text/html', status: 'submitted' } };
    expect(isUnpaidPayFirst(transferOrder(forged), cutoff)).toBe(true);
    const cod = {
      ...transferOrder(),
      payment_collections: [{ payments: [{ provider_id: 'pp_cod_webdesaku' }] }],
    };
    expect(isUnpaidPayFirst(cod, cutoff)).toBe(false);
  });
});
