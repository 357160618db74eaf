#!/usr/bin/env bash
# Start PostgreSQL and MariaDB on 127.0.0.1 for the smoke tests (Debian/Ubuntu, as root).
# Idempotent: installs only what is missing, starts only what is down.
# postgres: user postgres / password postgres; mariadb: user root / password root.
set -euo pipefail

apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_postgres() {
  if pg_isready -h 127.0.0.1 -q 2>/dev/null; then return; fi
  command -v pg_ctlcluster >/dev/null || apt_install postgresql
  local v; v=$(ls /etc/postgresql | sort -n | tail -1)
  pg_ctlcluster --skip-systemctl-redirect "$v" main start 2>/dev/null || true
  for _ in $(seq 1 60); do pg_isready -h 127.0.0.1 -q && break; sleep 0.5; done
  su postgres -c "psql -qc \"alter user postgres password 'postgres'\"" >/dev/null
  pg_isready -h 127.0.0.1 -q || { echo "PostgreSQL did not start" >&2; exit 1; }
}

ensure_mariadb() {
  if mariadb-admin -h 127.0.0.1 -uroot -proot ping >/dev/null 2>&1; then return; fi
  command -v mariadbd >/dev/null || apt_install mariadb-server
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql --bind-address=127.0.0.1 >/dev/null 2>&1
  for _ in $(seq 1 120); do mariadb-admin ping >/dev/null 2>&1 && break; sleep 0.5; done
  mariadb -e "alter user 'root'@'localhost' identified by 'root'; create user if not exists 'root'@'127.0.0.1' identified by 'root'; grant all on *.* to 'root'@'127.0.0.1' with grant option; flush privileges;" 2>/dev/null || true
  mariadb-admin -h 127.0.0.1 -uroot -proot ping >/dev/null 2>&1 || { echo "MariaDB did not start" >&2; exit 1; }
}

ensure_postgres
ensure_mariadb
echo "databases: PostgreSQL and MariaDB are up on 127.0.0.1"
