import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from '@medusajs/framework/http';
import { GrantRegencyAdminSchema } from './admin/webdesaku/regency-admins/validators';
import { CreateProducerSchema, UpdateProducerSchema } from './admin/webdesaku/producers/validators';
import { SetProductProducerSchema } from './admin/webdesaku/products/validators';
import { LinkSellerSchema } from './admin/webdesaku/sellers/validators';
import { RejectProofSchema } from './admin/webdesaku/orders/[id]/payment-proof/reject/validators';
import { VillagePaymentSchema } from './admin/webdesaku/villages/[id]/payment/validators';
import { UpsertVillageSchema } from './admin/webdesaku/villages/validators';
import { MarketQuerySchema } from './webdesaku/products/validators';
import { MarketCategoriesQuerySchema } from './webdesaku/categories/validators';
import { PHOTO_BODY_LIMIT, PhotoSchema } from './validators/photo';
import { authenticateSyncOrRegency } from './auth-sync-or-regency';
import { errorHandler } from './guards/error-handler';
import { installLocaleGuard } from './guards/locale';
import { guardOrderRead } from './guards/order-read';
import { refuseReservedMetadata } from './guards/reserved-metadata';
import { requireStorefront } from './guards/storefront-secret';
import { guardUploads } from './guards/uploads';
import { sellerScope } from './seller-scope/middleware';

// Must run while the API loader reads this file, i.e. before it mounts applyLocale on /store.
installLocaleGuard();

export default defineMiddlewares({
  errorHandler: errorHandler(),
  routes: [
    // No method: a global middleware, so it runs after authentication and before
    // core validation reads the query (RECIPES: seller-per-village scoping).
    { matcher: '/admin/*', middlewares: [sellerScope] },
    // No method either: it must refuse before the core route reads the order.
    { matcher: '/store/orders/:id', middlewares: [guardOrderRead] },
    // Every write that can set an order's metadata: a cart's (copied onto its order) and an order's own.
    ...['/store/carts', '/store/carts/*', '/admin/orders/*'].map((matcher) => ({
      matcher,
      method: ['POST' as const],
      middlewares: [refuseReservedMetadata],
    })),
    // Every method: the storefront's order routes (look up by number, cancel) need its secret.
    { matcher: '/webdesaku/orders/*', middlewares: [requireStorefront] },
    // Same matcher and method as Medusa's own upload middlewares, so it runs after their
    // multipart parser (a wrong order would refuse every upload: the tests' positive control).
    { matcher: '/admin/uploads', method: ['POST'], middlewares: [guardUploads] },
    {
      matcher: '/webdesaku/products',
      method: ['GET'],
      middlewares: [validateAndTransformQuery(MarketQuerySchema, {})],
    },
    {
      matcher: '/webdesaku/categories',
      method: ['GET'],
      middlewares: [validateAndTransformQuery(MarketCategoriesQuerySchema, {})],
    },
    {
      matcher: '/admin/webdesaku/villages',
      method: ['POST'],
      middlewares: [authenticateSyncOrRegency(), validateAndTransformBody(UpsertVillageSchema)],
    },
    {
      // The route file turns default auth off for Strapi's POST; GET is for logged-in users.
      matcher: '/admin/webdesaku/villages',
      method: ['GET'],
      middlewares: [authenticate('user', ['session', 'bearer'])],
    },
    {
      matcher: '/admin/webdesaku/villages/:id/payment',
      method: ['POST'],
      middlewares: [validateAndTransformBody(VillagePaymentSchema)],
    },
    {
      matcher: '/admin/webdesaku/villages/:id/qris',
      method: ['POST'],
      bodyParser: { sizeLimit: PHOTO_BODY_LIMIT },
      middlewares: [validateAndTransformBody(PhotoSchema)],
    },
    {
      matcher: '/admin/webdesaku/villages/:id/producers',
      method: ['POST'],
      middlewares: [validateAndTransformBody(CreateProducerSchema)],
    },
    {
      matcher: '/admin/webdesaku/producers/:id',
      method: ['POST'],
      middlewares: [validateAndTransformBody(UpdateProducerSchema)],
    },
    {
      matcher: '/admin/webdesaku/producers/:id/photo',
      method: ['POST'],
      bodyParser: { sizeLimit: PHOTO_BODY_LIMIT },
      middlewares: [validateAndTransformBody(PhotoSchema)],
    },
    {
      matcher: '/admin/webdesaku/products/:id/producer',
      method: ['POST'],
      middlewares: [validateAndTransformBody(SetProductProducerSchema)],
    },
    {
      matcher: '/admin/webdesaku/orders/:id/payment-proof/reject',
      method: ['POST'],
      middlewares: [validateAndTransformBody(RejectProofSchema)],
    },
    {
      matcher: '/webdesaku/orders/:id/payment-proof',
      method: ['POST'],
      bodyParser: { sizeLimit: PHOTO_BODY_LIMIT },
      middlewares: [validateAndTransformBody(PhotoSchema)],
    },
    {
      matcher: '/admin/webdesaku/sellers',
      method: ['POST'],
      middlewares: [validateAndTransformBody(LinkSellerSchema)],
    },
    {
      matcher: '/admin/webdesaku/regency-admins',
      method: ['POST'],
      middlewares: [validateAndTransformBody(GrantRegencyAdminSchema)],
    },
  ],
});
