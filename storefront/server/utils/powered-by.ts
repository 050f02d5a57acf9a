import type { H3Event } from 'h3';
import { removeResponseHeader } from 'h3';

// Nuxt's renderer announces itself with `x-powered-by: Nuxt` (in the render response and, for
// streamed pages, straight on the event). It tells an attacker which bugs to try, and helps nobody.
interface RenderResponse {
  headers?: Record<string, string>;
}

export function dropPoweredByFromRender(response: RenderResponse): void {
  if (!response.headers) return;
  for (const name of Object.keys(response.headers)) {
    if (name.toLowerCase() === 'x-powered-by') delete response.headers[name];
  }
}

export function dropPoweredBy(event: H3Event): void {
  removeResponseHeader(event, 'x-powered-by');
}
