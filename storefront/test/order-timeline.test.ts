import { describe, expect, it } from 'vitest';
import { orderTimeline } from '../shared/utils/order-timeline';
import { orderView } from './factories';

const keys = (steps: ReturnType<typeof orderTimeline>) => steps.map((s) => `${s.key}${s.done ? '✓' : ''}`);

describe('the order timeline', () => {
  it('given a new transfer order, then it waits for the proof of payment', () => {
    const steps = orderTimeline(orderView({ paymentMethod: 'transfer', paymentStatus: 'authorized' }));
    expect(keys(steps)).toEqual([
      'placed✓',
      'proofSent',
      'paid',
      'packed',
      'shipped',
      'delivered',
      'completed',
    ]);
  });

  it('given a rejected proof, then the reason shows and a new proof is awaited', () => {
    const steps = orderTimeline(
      orderView({
        paymentMethod: 'qris',
        proof: { status: 'rejected', submittedAt: '2026-12-03T11:00:00Z', reason: 'Dana belum masuk' },
      }),
    );
    expect(keys(steps).slice(0, 4)).toEqual(['placed✓', 'proofRejected✓', 'proofSent', 'paid']);
    expect(steps[1].detail).toBe('Dana belum masuk');
  });

  it('given a paid, shipped order, then the courier and the resi are named with the dates', () => {
    const steps = orderTimeline(
      orderView({
        paymentMethod: 'transfer',
        paymentStatus: 'captured',
        proof: { status: 'submitted', submittedAt: '2026-12-03T11:00:00Z', reason: null },
        shipments: [
          {
            packedAt: '2026-12-03T12:00:00Z',
            shippedAt: '2026-12-03T13:00:00Z',
            deliveredAt: null,
            trackingNumbers: ['JNE123'],
          },
        ],
      }),
    );
    expect(keys(steps)).toEqual([
      'placed✓',
      'proofSent✓',
      'paid✓',
      'packed✓',
      'shipped✓',
      'delivered',
      'completed',
    ]);
    expect(steps.find((s) => s.key === 'shipped')).toMatchObject({
      at: '2026-12-03T13:00:00Z',
      detail: 'Kurir desa · resi JNE123',
    });
    expect(steps.find((s) => s.key === 'proofSent')?.at).toBe('2026-12-03T11:00:00Z');
  });

  it('given cash on delivery with pickup, then it is ready, picked up, and paid at the end', () => {
    const packed = {
      packedAt: '2026-12-03T12:00:00Z',
      shippedAt: null,
      deliveredAt: null,
      trackingNumbers: [],
    };
    expect(keys(orderTimeline(orderView({ pickup: true, shipments: [packed] })))).toEqual([
      'placed✓',
      'readyForPickup✓',
      'pickedUp',
      'paid',
      'completed',
    ]);
  });

  it('given an order the seller completed, then every step is done, ending with Selesai', () => {
    const steps = orderTimeline(orderView({ status: 'completed', paymentStatus: 'captured' }));
    expect(keys(steps)).toEqual(['placed✓', 'packed✓', 'shipped✓', 'delivered✓', 'paid✓', 'completed✓']);
  });

  it('given a canceled unpaid order, then what was done is kept and the reason ends it', () => {
    const steps = orderTimeline(
      orderView({
        paymentMethod: 'transfer',
        status: 'canceled',
        cancelReason: 'Tidak dibayar dalam 24 jam',
      }),
    );
    expect(keys(steps)).toEqual(['placed✓', 'canceled✓']);
    expect(steps[1].detail).toBe('Tidak dibayar dalam 24 jam');
  });
});
