/** The `next` query parameter if it is a path inside this app, else `/` (no open redirects). */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login') || next.startsWith('/register')) return '/';
  return next;
}
