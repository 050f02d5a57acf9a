import { errors } from '@strapi/utils';

/** A 400 that the Content Manager shows next to the field it names. */
export const fieldError = (path: (string | number)[], message: string) =>
  new errors.ValidationError(`${path.join('.')}: ${message}`, {
    errors: [{ path: path.map(String), message, name: 'ValidationError', value: undefined }],
  });

/**
 * A 403 whose message reaches the dashboard: Strapi's route authorizer replaces any other
 * ForbiddenError raised during a request with a bare "Forbidden", but lets PolicyError through.
 */
export const forbidden = (message: string) => new errors.PolicyError(message);
