#!/usr/bin/env bash
# A real PostgreSQL + PostGIS for the shared-store tests (issue 8).
#
# Installs the Debian packages when missing (postgresql and the matching
# postgresql-<major>-postgis-3), runs a dedicated cluster "lygsite" on
# 127.0.0.1:${LYGSITE_PG_PORT:-54329} (so a system cluster on 5432 is never
# touched), creates the role `lygsite` with a random password and the database
# `lygsite_test` with the postgis extension.
#
# Writes, git-ignored (see .ci/.gitignore):
#   .ci/pg_url       postgresql://lygsite@127.0.0.1:PORT/lygsite_test  (no password)
#   .ci/pg_password  the role's password, mode 600 (tests put it in PGPASSWORD)
# Idempotent; exits 0 with a message (tests then skip) when it cannot run.
set -euo pipefail
cd "$(dirname "$0")"
here="$(pwd)"
port="${LYGSITE_PG_PORT:-54329}"
cluster=lygsite
dbname=lygsite_test
role=lygsite

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "postgres.sh: needs root on Debian to install/start PostgreSQL; PostGIS tests will skip" >&2
  exit 0
fi

if ! command -v pg_createcluster >/dev/null 2>&1; then
  echo "postgres.sh: installing postgresql" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
# The server major version Debian installed (e.g. 15 on bookworm).
major="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if [ ! -f "/usr/share/postgresql/${major}/extension/postgis.control" ]; then
  echo "postgres.sh: installing postgresql-${major}-postgis-3" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "postgresql-${major}-postgis-3" >/dev/null
fi

if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "${major} ${cluster}"; then
  pg_createcluster "${major}" "${cluster}" -p "${port}" -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null
fi
# Only the loopback interface: the test server is never reachable from outside.
pg_conftool "${major}" "${cluster}" remove listen_addresses
echo "listen_addresses = '127.0.0.1'" > "/etc/postgresql/${major}/${cluster}/conf.d/lygsite.conf"
status="$(pg_lsclusters -h | awk -v v="${major}" -v c="${cluster}" '$1==v && $2==c {print $4}')"
if [ "${status}" != "online" ]; then
  pg_ctlcluster "${major}" "${cluster}" start
fi
port="$(pg_lsclusters -h | awk -v v="${major}" -v c="${cluster}" '$1==v && $2==c {print $3}')"

psql_admin() { runuser -u postgres -- psql -X -q -p "${port}" -v ON_ERROR_STOP=1 "$@"; }

# Keep the password across runs so a running test session is not locked out.
if [ -s "${here}/pg_password" ]; then
  password="$(cat "${here}/pg_password")"
else
  password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
  (umask 077; printf '%s' "${password}" > "${here}/pg_password")
fi
chmod 600 "${here}/pg_password"

# The password travels on stdin, never on a command line (ps) or in a log.
psql_admin -d postgres -v role="${role}" -v pw="${password}" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'role')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" WITH LOGIN PASSWORD :'pw';
SQL
if ! psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='${dbname}'" | grep -q 1; then
  runuser -u postgres -- createdb -p "${port}" -O "${role}" "${dbname}"
fi
psql_admin -d "${dbname}" -c "CREATE EXTENSION IF NOT EXISTS postgis"

printf 'postgresql://%s@127.0.0.1:%s/%s\n' "${role}" "${port}" "${dbname}" > "${here}/pg_url"
echo "postgres.sh: PostgreSQL ${major} + PostGIS ready at $(cat "${here}/pg_url") (password in .ci/pg_password)" >&2
