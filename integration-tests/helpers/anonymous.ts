// A client that is not logged in: the public visitor, or someone without an account on that backend.
import type { AdminClient } from './admin';
import { request } from './http';

export function anonymous(base: string): AdminClient {
  return {
    async call(method, path, body) {
      const answer = await request(base + path, {
        method,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      let json: unknown = null;
      try {
        json = JSON.parse(answer.body);
      } catch {
        /* not JSON */
      }
      return { ...answer, json };
    },
  };
}
