import { isIPv4, isIPv6 } from 'node:net';

/**
 * Whom a per-address limit counts: an IPv4 address, or the /64 network of an IPv6 one (a single
 * home or phone gets a whole /64, so counting single IPv6 addresses would let it rotate freely).
 */
export function clientSource(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (isIPv4(ip) || !isIPv6(ip)) return ip;
  const [head, tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * TRUST_PROXY: `false`, a number of proxy hops, or the proxies' addresses and networks. `true` is
 * refused: it believes any X-Forwarded-For a client writes.
 */
export function parseTrustProxy(value: string): false | number | string[] | null {
  if (value === 'false') return false;
  if (/^[1-9]\d?$/.test(value)) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim());
  const valid = entries.every((entry) => {
    const [address, bits, extra] = entry.split('/');
    const width = isIPv4(address) ? 32 : isIPv6(address) ? 128 : 0;
    return width > 0 && extra === undefined && (bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= width));
  });
  return entries.length > 0 && valid ? entries : null;
}
