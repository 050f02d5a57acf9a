import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustProxy } from '../server/utils/client-ip';
import { loadConfig } from '../server/utils/config';

describe('client address for rate limits', () => {
  it('given no TRUST_PROXY, then an invented X-Forwarded-For is ignored and the socket address counts', () => {
    const trust = parseTrustProxy(undefined);
    expect(clientAddress('198.51.100.7', '203.0.113.1', trust)).toBe('198.51.100.7');
    expect(clientAddress('::ffff:198.51.100.7', '203.0.113.2, 10.0.0.1', trust)).toBe('198.51.100.7');
    expect(parseTrustProxy('0')).toEqual({ kind: 'none' });
    expect(loadConfig({}).trustProxy).toEqual({ kind: 'none' });
  });

  it('given TRUST_PROXY=1 (one proxy of ours), then the address that proxy saw counts, not one the client wrote', () => {
    const trust = parseTrustProxy('1');
    // the client wrote "203.0.113.9"; our proxy appended the real peer 198.51.100.7
    expect(clientAddress('127.0.0.1', '203.0.113.9, 198.51.100.7', trust)).toBe('198.51.100.7');
    expect(clientAddress('127.0.0.1', '198.51.100.7', trust)).toBe('198.51.100.7');
    expect(clientAddress('127.0.0.1', undefined, trust)).toBe('127.0.0.1');
  });

  it('given a list of proxy addresses, then the header counts only when our socket peer is one of them', () => {
    const trust = parseTrustProxy('10.0.0.2, 10.0.0.3');
    expect(clientAddress('10.0.0.2', '203.0.113.9, 198.51.100.7, 10.0.0.3', trust)).toBe('198.51.100.7');
    expect(clientAddress('198.51.100.7', '203.0.113.9', trust)).toBe('198.51.100.7');
  });

  it('given a TRUST_PROXY that is neither hops nor addresses, then the config refuses to start naming it', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/);
  });
});
