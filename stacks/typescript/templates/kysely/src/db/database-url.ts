/**
 * DATABASE_URL in its standard forms, turned into what each driver needs:
 *   postgresql://user:pass@host:5432/db  (or postgres://)
 *   mysql://user:pass@host:3306/db
 *   sqlite:///relative/path.db           (relative to the working directory)
 *   sqlite:////absolute/path.db
 */
export type DatabaseTarget =
  | { dialect: 'postgres'; connectionString: string }
  | { dialect: 'mysql'; connectionString: string }
  | { dialect: 'sqlite'; filename: string };

export function parseDatabaseUrl(url: string): DatabaseTarget {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  switch (scheme) {
    case 'postgres':
    case 'postgresql':
      return { dialect: 'postgres', connectionString: url };
    case 'mysql':
      return { dialect: 'mysql', connectionString: url };
    case 'sqlite':
      return { dialect: 'sqlite', filename: sqliteFilename(url) };
    default:
      // Never echo the URL itself: it usually contains a password.
      throw new Error(
        `Unsupported DATABASE_URL scheme "${scheme ?? ''}": use postgresql://, mysql:// or sqlite:///`,
      );
  }
}

function sqliteFilename(url: string): string {
  const match = /^sqlite:\/\/\/(.+)$/i.exec(url);
  const path = match?.[1]?.split('?')[0];
  if (!path) throw new Error('A SQLite DATABASE_URL looks like sqlite:///data/app.db');
  // After the three slashes comes a relative path, or a fourth slash starting an absolute one.
  return decodeURIComponent(path);
}
