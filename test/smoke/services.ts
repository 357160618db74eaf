/** Fresh databases per cell on the local PostgreSQL / MariaDB servers started by test/smoke/services.sh. */
import { execa } from 'execa';

export const PG = { user: 'postgres', password: 'postgres', host: '127.0.0.1', port: 5432 };
export const MY = { user: 'root', password: 'root', host: '127.0.0.1', port: 3306 };

export async function recreateDatabase(database: string, name: string): Promise<string> {
  if (database === 'postgres') {
    const psql = (sql: string) => execa('psql', ['-h', PG.host, '-U', PG.user, '-d', 'postgres', '-qc', sql], { env: { PGPASSWORD: PG.password } });
    await psql(`drop database if exists "${name}" with (force)`);
    await psql(`create database "${name}"`);
    return `postgresql://${PG.user}:${PG.password}@${PG.host}:${PG.port}/${name}`;
  }
  if (database === 'mysql') {
    const sql = `drop database if exists \`${name}\`; create database \`${name}\`;`;
    await execa('mariadb', ['-h', MY.host, '-u', MY.user, `-p${MY.password}`, '-e', sql]);
    return `mysql://${MY.user}:${MY.password}@${MY.host}:${MY.port}/${name}`;
  }
  if (database === 'sqlite') return `sqlite:///data/${name}.db`;
  throw new Error(`smoke: no local server for database ${database}`);
}

export async function checkServers(databases: string[]): Promise<void> {
  const problems: string[] = [];
  if (databases.includes('postgres')) {
    await execa('pg_isready', ['-h', PG.host, '-p', String(PG.port)]).catch(() => problems.push('PostgreSQL on 127.0.0.1:5432'));
  }
  if (databases.includes('mysql')) {
    await execa('mariadb-admin', ['-h', MY.host, '-u', MY.user, `-p${MY.password}`, 'ping']).catch(() =>
      problems.push('MariaDB/MySQL on 127.0.0.1:3306 (root/root)'),
    );
  }
  if (problems.length) {
    throw new Error(`smoke needs ${problems.join(' and ')}. Start them with: sudo bash test/smoke/services.sh`);
  }
}
