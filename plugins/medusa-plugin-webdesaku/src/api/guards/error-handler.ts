/**
 * Medusa's error handler, except for two visitor mistakes it answers with 500: a path Express
 * could not percent-decode (e.g. /webdesaku/villages/%E0%A4%A; Express marks it a URIError with
 * status 400, which Medusa does not recognise), and a query key nested three levels deep
 * (`?a.b.c=1`, refused by Medusa's query parser as an "invalid argument"). Both are 400.
 */
import {
  errorHandler as medusaErrorHandler,
  type MedusaErrorHandlerFunction,
} from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';

const BAD_URI = 'Alamat (URL) tidak valid: ada kode persen (%) yang rusak di dalamnya.';
const DEEP_KEY = 'Parameter tidak valid: nama parameter paling banyak dua tingkat (mis. a.b).';

const isDeepQueryKey = (err: unknown) => {
  const { type, message } = (err ?? {}) as { type?: unknown; message?: unknown };
  return (
    type === MedusaError.Types.INVALID_ARGUMENT &&
    typeof message === 'string' &&
    message.startsWith('Key accessor more than 2 levels deep')
  );
};

export const errorHandler = (): MedusaErrorHandlerFunction => {
  const fallback = medusaErrorHandler();
  return (err, req, res, next) => {
    if (err instanceof URIError && (err as URIError & { status?: number }).status === 400) {
      res.status(400).json({ type: 'invalid_data', message: BAD_URI });
      return;
    }
    if (isDeepQueryKey(err)) {
      res.status(400).json({ type: 'invalid_data', message: DEEP_KEY });
      return;
    }
    return fallback(err, req, res, next);
  };
};
