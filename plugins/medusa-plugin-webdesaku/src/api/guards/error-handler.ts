/**
 * Medusa's error handler, except that a path Express could not percent-decode
 * (e.g. /webdesaku/villages/%E0%A4%A) is the visitor's mistake: 400, not 500.
 * Express marks those as a URIError with status 400, which Medusa does not recognise.
 */
import {
  errorHandler as medusaErrorHandler,
  type MedusaErrorHandlerFunction,
} from '@medusajs/framework/http';

const BAD_URI = 'Alamat (URL) tidak valid: ada kode persen (%) yang rusak di dalamnya.';

export const errorHandler = (): MedusaErrorHandlerFunction => {
  const fallback = medusaErrorHandler();
  return (err, req, res, next) => {
    if (err instanceof URIError && (err as URIError & { status?: number }).status === 400) {
      res.status(400).json({ type: 'invalid_data', message: BAD_URI });
      return;
    }
    return fallback(err, req, res, next);
  };
};
