import { createApp, defineEventHandler, setResponseHeader, toWebHandler } from 'h3';
import { describe, expect, it } from 'vitest';
import { dropPoweredBy, dropPoweredByFromRender } from '../server/utils/powered-by';

describe('x-powered-by', () => {
  it('given a rendered page response naming Nuxt, then the header is gone and the others stay', () => {
    const response = { headers: { 'content-type': 'text/html', 'X-Powered-By': 'Nuxt' } };
    dropPoweredByFromRender(response);
    expect(response.headers).toEqual({ 'content-type': 'text/html' });
  });

  it('given a handler that sets it on the event (streamed pages), then it is removed before sending', async () => {
    const app = createApp({ onBeforeResponse: (event) => dropPoweredBy(event) });
    app.use(
      '/',
      defineEventHandler((event) => {
        setResponseHeader(event, 'x-powered-by', 'Nuxt');
        return 'ok';
      }),
    );
    const response = await toWebHandler(app)(new Request('http://storefront/'));
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
