import { errors } from '@strapi/utils';

/** A 400 that the Content Manager shows next to the field it names. */
export const fieldError = (path: (string | number)[], message: string) =>
  new errors.ValidationError(`${path.join('.')}: ${message}`, {
    errors: [{ path: path.map(String), message, name: 'ValidationError', value: undefined }],
  });

export const forbidden = (message: string) => new errors.ForbiddenError(message);
