import { describe, expect, it } from 'vitest';
import { pageCacheRule } from '../server/utils/page-cache-rules';

describe('whole-page cache rules', () => {
  it('given a village page or sub-page in either language, then it is cached under the village and product tags', () => {
    expect(pageCacheRule('/desa/anjun')).toEqual({
      key: 'page:/desa/anjun',
      tags: ['village:anjun', 'products:anjun', 'news'],
      renderPath: '/desa/anjun',
    });
    expect(pageCacheRule('/en/desa/anjun/berita/festival')?.tags).toEqual([
      'village:anjun',
      'products:anjun',
      'news',
    ]);
  });

  it('given the portal or a district, then their broad tags are used', () => {
    expect(pageCacheRule('/')?.tags).toContain('portal');
    expect(pageCacheRule('/en')?.key).toBe('page:/en');
    expect(pageCacheRule('/kecamatan/plered')?.tags).toEqual([
      'district:plered',
      'village',
      'news',
      'products',
    ]);
  });

  it('given list parameters, then only page/sort/category make the key (tracking params do not split the cache)', () => {
    expect(pageCacheRule('/desa/anjun/lapak?sort=price_asc&utm_source=wa&page=2')?.key).toBe(
      'page:/desa/anjun/lapak?page=2&sort=price_asc',
    );
  });

  it('given extra parameters, then the shared page is rendered without them (no cache poisoning)', () => {
    const rule = pageCacheRule('/desa/anjun/lapak?utm_source=%22%3E%3Cscript%3E&page=2&x=1');
    expect(rule?.renderPath).toBe('/desa/anjun/lapak?page=2');
    expect(pageCacheRule('/desa/anjun/?utm=1')?.renderPath).toBe('/desa/anjun');
    expect(pageCacheRule('/desa/anjun/lapak?sort=a%26x%3D1')?.renderPath).toBe('/desa/anjun/lapak');
  });

  it('given the same page asked in odd ways, then it is one cache entry (no flooding by variants)', () => {
    for (const path of [
      '/lapak?page=01',
      '/lapak?page=abc',
      '/lapak?min_price=abc1',
      '/lapak?sort=acak',
      '/lapak?in_stock=ya',
    ]) {
      expect(pageCacheRule(path)?.key, path).toBe('page:/lapak');
    }
    expect(pageCacheRule('/lapak?min_price=15.000')?.key).toBe('page:/lapak?min_price=15000');
    expect(pageCacheRule(`/lapak?district=${'a'.repeat(101)}`)?.key).toBe('page:/lapak');
  });

  it('given personal or one-off pages, then they are never cached', () => {
    for (const path of [
      '/keranjang',
      '/checkout/anjun',
      '/pesanan/order_1',
      '/cari?q=kopi',
      '/desa/anjun/lapak/kendi?galat=stock',
      '/api/villages/anjun',
      '/desa/ANJUN',
    ]) {
      expect(pageCacheRule(path)).toBeNull();
    }
  });
});
