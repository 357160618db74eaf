/** The machine facts a verification record keeps: toolchain and database server versions. */
import { execa } from 'execa';
import { languageById } from '../../stacks/index.js';
import type { Cell } from './matrix.js';
import { MY, PG } from './services.js';

const first = async (command: string, env: Record<string, string>) => {
  const r = await execa({ shell: true, env, reject: false, all: true })`${command}`;
  return r.exitCode === 0 ? (r.all ?? '').trim().split('\n')[0]! : 'unknown';
};

/** Per language: its toolchain's version and the servers of the databases its cells use. */
export async function machineFacts(env: Record<string, string>, cells: Cell[]): Promise<Record<string, Record<string, string>>> {
  const servers: Record<string, string> = {};
  const dbs = new Set(cells.map((c) => c.database));
  if (dbs.has('postgres')) servers.postgres = await first(`PGPASSWORD=${PG.password} psql -h ${PG.host} -U ${PG.user} -d postgres -tAc 'show server_version'`, env);
  if (dbs.has('mysql')) servers.mysql = await first(`mariadb -h ${MY.host} -u ${MY.user} -p${MY.password} -N -e 'select version()'`, env);
  const facts: Record<string, Record<string, string>> = {};
  for (const language of new Set(cells.map((c) => c.language))) {
    facts[language] = { os: `${process.platform}-${process.arch}`, toolchain: await first(languageById(language).probe, env), ...servers };
  }
  return facts;
}
