/**
 * Sign-in throttling over the login_attempts table (why these keys: lib/auth/README.md, "Throttle").
 * Three keys per attempt:
 * - account + address (5 failures / 15 min): stops guessing one account's password from one place;
 * - address (20 / 15 min): stops spraying many accounts from one place;
 * - account (50 / 15 min), counted only for addresses the account has not signed in from in the last 30 days:
 *   slows guessing one account from many places without letting anyone lock the owner out at their usual address.
 * Only failures count (an attempt counts as a failure from the moment it is reserved until its password checks
 * out); a success does not wipe them (an attacker who knows one password can't reset the counter for another).
 */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const KNOWN_ADDRESS_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
export const MAX_FAILURES_PER_ACCOUNT = 50;

const normaliseEmail = (email: string) => email.trim().toLowerCase();
export const accountKey = (email: string) => `email:${normaliseEmail(email)}`;
export const addressKey = (address: string) => `ip:${address}`;
export const accountAddressKey = ({ email, address }: { email: string; address: string }) => `email+ip:${normaliseEmail(email)}|${address}`;

export function windowStart({ now, windowMs = SIGN_IN_WINDOW_MS }: { now: Date; windowMs?: number }): string {
  return new Date(now.getTime() - windowMs).toISOString();
}

/** Pure decision: given recent failure counts, may this attempt proceed? */
export function isSignInAllowed({
  accountAddressFailures,
  addressFailures,
  accountFailures,
  knownAddress,
}: {
  accountAddressFailures: number;
  addressFailures: number;
  accountFailures: number;
  knownAddress: boolean;
}): boolean {
  return (
    accountAddressFailures < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS && addressFailures < MAX_FAILURES_PER_ADDRESS && (knownAddress || accountFailures < MAX_FAILURES_PER_ACCOUNT)
  );
}
