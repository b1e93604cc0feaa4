import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The bucket an address counts in for attempt limits. One IPv6 subscriber holds a whole /64 and can rotate through it
 * freely, so IPv6 counts per /64; an IPv4 address mapped into IPv6 counts as the IPv4 address.
 */
export function addressBucket(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(':')) return address;
  const [head, tail = ''] = address.toLowerCase().split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * The address a request came from, as an attempt-limit bucket. Behind our own proxy every request arrives from the
 * proxy, so its last X-Forwarded-For hop is used; without one that header is whatever the caller wrote, so it is ignored.
 */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const hops = (c.req.header('X-Forwarded-For') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (hops.length) return addressBucket(hops[hops.length - 1]);
  }
  try {
    return addressBucket(getConnInfo(c).remote.address ?? 'unknown');
  } catch {
    // Not served by @hono/node-server (app.request in a unit test): one shared bucket, the strictest choice.
    return 'unknown';
  }
}
