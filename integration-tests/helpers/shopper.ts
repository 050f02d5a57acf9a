// A shopper of the storefront with its own cookies, using the same server routes the pages post to.
import { request, type Answer } from './http';

export interface CheckoutAnswer {
  status: number;
  ok: boolean;
  orderId?: string;
  errors?: string[];
  error?: string;
}

export class Shopper {
  private cookies = new Map<string, string>();

  constructor(private readonly base: string) {}

  /** The cookie header as it is now: copying it replays a request exactly, as a browser retry would. */
  get cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async send(path: string, init: RequestInit = {}, cookie = this.cookieHeader): Promise<Answer> {
    const headers = { accept: 'application/json', ...(init.headers as Record<string, string>), cookie };
    const answer = await request(this.base + path, { ...init, headers });
    for (const line of answer.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = pair.split('=');
      const value = rest.join('=');
      if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return answer;
  }

  private post(path: string, body: unknown, cookie?: string) {
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    };
    return this.send(path, init, cookie);
  }

  async addToCart(village: string, variant: string, quantity = 1) {
    const answer = await this.post('/api/cart/add', { village, variant, quantity: String(quantity) });
    return { status: answer.status, ...JSON.parse(answer.body) } as {
      status: number;
      ok: boolean;
      error?: string;
    };
  }

  async shippingOptions(village: string): Promise<{ id: string; pickup: boolean }[]> {
    const answer = await this.send(`/api/checkout/${village}`);
    if (answer.status !== 200) throw new Error(`checkout options: ${answer.status} ${answer.body}`);
    return JSON.parse(answer.body).shippingOptions;
  }

  /** Places the order with pickup and cash on delivery; `cookie` replays an earlier request's cookies. */
  async placeOrder(
    village: string,
    fields: Record<string, string>,
    cookie?: string,
  ): Promise<CheckoutAnswer> {
    const answer = await this.post(`/api/checkout/${village}`, fields, cookie);
    let json: Partial<CheckoutAnswer> = {};
    try {
      json = JSON.parse(answer.body);
    } catch {
      json = { ok: false, error: answer.body.slice(0, 200) };
    }
    return { status: answer.status, ok: false, ...json };
  }

  /** Sends a proof-of-payment photo for an order this browser placed (the storefront's multipart form). */
  async sendProof(orderId: string, photo: Buffer, type = 'image/png', name = 'bukti.png') {
    const form = new FormData();
    form.set('proof', new Blob([new Uint8Array(photo)], { type }), name);
    form.set('locale', 'id');
    const answer = await this.send(`/api/orders/${orderId}/proof`, { method: 'POST', body: form });
    return { status: answer.status, ...JSON.parse(answer.body) } as {
      status: number;
      ok: boolean;
      error?: string;
    };
  }
}

export function pickupCodFields(name: string, email: string, shipping: string, phone = '081234567890') {
  return { name, email, phone, shipping, payment: 'cod', locale: 'id' };
}
