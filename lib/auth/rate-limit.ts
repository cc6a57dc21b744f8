/**
 * Sign-in throttling over the login_attempts table. Two keys per attempt: the e-mail (stops guessing one
 * account's password from many addresses) and the client address (stops spraying many accounts from one).
 * Only failures count; a success does not wipe them (an attacker who knows one password can't reset the
 * counter for another account).
 */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `ip:${address}`;

export function windowStart({ now }: { now: Date }): string {
  return new Date(now.getTime() - SIGN_IN_WINDOW_MS).toISOString();
}

/** Pure decision: given recent failure counts, may this attempt proceed? */
export function isSignInAllowed({ emailFailures, addressFailures }: { emailFailures: number; addressFailures: number }): boolean {
  return emailFailures < MAX_FAILURES_PER_EMAIL && addressFailures < MAX_FAILURES_PER_ADDRESS;
}
