import { validOrderLink } from '../utils/order-link';

const ORDER_PAGE = /^(?:\/en)?\/pesanan\/(order_[A-Za-z0-9]{10,40})\/?$/;

/**
 * A signed link from an order e-mail or WhatsApp message (`/pesanan/<id>?akses=…`): this browser
 * gets the order's signed cookie, as if it had placed the order, and lands on the plain URL (the
 * token leaves the address bar, the history and any Referer). A wrong or expired link just shows
 * the page, which asks for the e-mail or phone.
 */
export default defineEventHandler((event) => {
  if (event.method !== 'GET' || !event.path.includes('akses=')) return;
  const url = getRequestURL(event);
  const id = ORDER_PAGE.exec(url.pathname)?.[1];
  const token = url.searchParams.get('akses');
  if (!id || !token) return;
  url.searchParams.delete('akses');
  const rest = url.searchParams.size ? `?${url.searchParams}` : '';
  if (validOrderLink(useStorefrontConfig().revalidateSecret, id, token)) rememberOrder(event, id);
  setResponseHeader(event, 'cache-control', 'no-store');
  return sendRedirect(event, `${url.pathname}${rest}`, 303);
});
