import { secret } from '../src/env';

export default ({ env }: { env: any }) => ({
  auth: { secret: secret('ADMIN_JWT_SECRET') },
  apiToken: { salt: secret('API_TOKEN_SALT') },
  transfer: { token: { salt: secret('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: secret('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // The admin is served by this same server unless told otherwise.
  url: env('ADMIN_URL', '/admin'),
});
