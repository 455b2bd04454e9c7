/** Only a path on this site may follow the login, never another origin ("//evil.example", "/\\evil.example"). */
export const safeNext = (next: string | null): string =>
  next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
