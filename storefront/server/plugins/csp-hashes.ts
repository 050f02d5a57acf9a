import { cspWithHashes } from '../utils/csp';

export default defineNitroPlugin((nitro) => {
  nitro.hooks.hook('render:response', (response) => {
    if (typeof response.body !== 'string' || !response.body.startsWith('<!DOCTYPE')) return;
    response.headers = { ...response.headers, 'content-security-policy': cspWithHashes(response.body) };
  });
});
