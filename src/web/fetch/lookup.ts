/**
 * Name resolution for fetches that checks where a connection will go. The
 * HTTP client calls this `lookup` for every connection it opens, so the
 * address checked is the address connected to: a host name cannot resolve
 * to a public address for a check and to 127.0.0.1 for the connection.
 * Blocked addresses are dropped; when none is left the connection fails
 * with a `BlockedAddressError` naming the host and the address.
 */
import { lookup as dnsLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isPrivateAddress } from './address.js';

/** One resolved address. */
export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to its addresses (the system resolver by default). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** A host that resolved only to addresses the policy refuses. */
export class BlockedAddressError extends Error {
  override name = 'BlockedAddressError';

  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(`${hostname} resolves to ${address}, a private, loopback or link-local address`);
  }
}

/** The system resolver, all addresses. */
export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) reject(error);
      else resolve(addresses);
    });
  });

/** A `lookup` for http.request that resolves with `resolver` and drops addresses `isBlocked` refuses. */
export function guardedLookup(
  resolver: Resolver,
  isBlocked: (address: string) => boolean = isPrivateAddress,
): LookupFunction {
  return (hostname, options, callback) => {
    resolver(hostname).then(
      (addresses) => {
        const family = options.family === 4 || options.family === 6 ? options.family : 0;
        const candidates = addresses.filter((a) => family === 0 || a.family === family);
        const allowed = candidates.filter((a) => !isBlocked(a.address));
        if (allowed.length === 0) {
          const first = candidates[0] ?? addresses[0];
          const error = first
            ? new BlockedAddressError(hostname, first.address)
            : Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' });
          callback(error, '', 0);
          return;
        }
        if (options.all) callback(null, allowed);
        else callback(null, allowed[0]!.address, allowed[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}
