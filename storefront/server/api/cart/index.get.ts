export default defineEventHandler(async (event) => {
  try {
    return { available: true, carts: await loadCarts(event) };
  } catch (error) {
    console.warn(`[cart] unavailable: ${String(error)}`);
    return { available: false, carts: [] };
  }
});
