import { clientSource, parseTrustProxy } from './client-address.js';

describe('clientSource', () => {
  it('counts an IPv4 address as itself, also when written IPv4-mapped', () => {
    expect(clientSource('203.0.113.7')).toBe('203.0.113.7');
    expect(clientSource('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv6 address by its /64, however it is written', () => {
    expect(clientSource('2001:db8:1:2::a')).toBe('2001:db8:1:2::/64');
    expect(clientSource('2001:0db8:0001:0002:ffff:0:0:1')).toBe('2001:db8:1:2::/64');
    expect(clientSource('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientSource('::1')).toBe('0:0:0:0::/64');
    expect(clientSource('2001:db8:1:3::1')).not.toBe(clientSource('2001:db8:1:2::1'));
  });

  it('has a name for an unknown address', () => {
    expect(clientSource(undefined)).toBe('unknown');
  });
});

describe('parseTrustProxy', () => {
  it.each([
    ['false', false],
    ['1', 1],
    ['2', 2],
    ['10.0.0.5', ['10.0.0.5']],
    ['10.0.0.5, 172.16.0.0/12,fd00::/8', ['10.0.0.5', '172.16.0.0/12', 'fd00::/8']],
  ])('takes %s', (value, parsed) => {
    expect(parseTrustProxy(value)).toEqual(parsed);
  });

  it.each(['true', '0', 'yes', '10.0.0.300', '10.0.0.0/33', 'fd00::/129', '', '10.0.0.1/8/9'])('refuses %s', (value) => {
    expect(parseTrustProxy(value)).toBeNull();
  });
});
