/**
 * CPU time a served process group uses, read from /proc (Linux only; elsewhere `undefined` and
 * the bench prints no CPU column). On a shared machine req/s follows the other load more than the
 * code; CPU time per request is the work the server did for each answer and moves much less.
 * The group is found from the port: the socket listening on it, the process holding that socket,
 * its process group (startApp starts each server in a group of its own: uv, gunicorn's master
 * and worker, a shell wrapper all count).
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux architecture the bench runs on

function listeningInode(port: number): string | undefined {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      // local_address is ADDR:PORT in hex; state 0A is LISTEN; the inode is the tenth field.
      if (f[1]?.endsWith(`:${hex}`) && f[3] === '0A') return f[9];
    }
  }
  return undefined;
}

const pids = () => readdirSync('/proc').filter((e) => /^\d+$/.test(e));

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces). */
function stat(pid: string): string[] | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** The process group serving `port`, or undefined where /proc cannot tell. */
export function groupServing(port: number): number | undefined {
  const inode = listeningInode(port);
  if (!inode) return undefined;
  for (const pid of pids()) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`) return Number(stat(pid)?.[2]);
      } catch {
        // the fd closed meanwhile
      }
    }
  }
  return undefined;
}

/** User + system CPU seconds of the group's live processes and of the children they reaped. */
export function groupCpuSeconds(group: number): number {
  let ticks = 0;
  for (const pid of pids()) {
    const f = stat(pid);
    // After the name: state(0) ppid(1) pgrp(2) ... utime(11) stime(12) cutime(13) cstime(14).
    if (f && Number(f[2]) === group) ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
  }
  return ticks / TICKS_PER_SECOND;
}
