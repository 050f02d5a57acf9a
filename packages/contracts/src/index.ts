export * from './cache-tags.js';
export * from './payment.js';
export * from './phone.js';
export * from './post-json.js';
export * from './revalidate.js';
export * from './secrets.js';
export * from './slug.js';
