import { dropPoweredBy, dropPoweredByFromRender } from '../utils/powered-by';

// No response names the framework (see utils/powered-by.ts).
export default defineNitroPlugin((nitro) => {
  nitro.hooks.hook('render:response', (response) => dropPoweredByFromRender(response));
  nitro.hooks.hook('beforeResponse', (event) => dropPoweredBy(event));
});
