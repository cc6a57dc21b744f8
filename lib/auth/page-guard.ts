/** Only local paths may be a post-sign-in destination (no open redirect to another site). */
export function safeNextPath(next: string | null | undefined): string {
  return next && /^\/(?![/\\])[^\s]*$/.test(next) ? next : "/";
}
