# Shared by backup.sh and restore.sh: where the database, the files and the index are, read from the same environment
# variables as the platform's own (see docker/README.md, "Backups and restore").
# shellcheck shell=bash

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

DATA_DIR="${APP_DATA_DIR:-./data}"
FILES_DIR="${APP_FILES_DIR:-$DATA_DIR/files}"
INDEX_DIR="${APP_SEARCH_INDEX_DIR:-$DATA_DIR/index}"

# The database: SPRING_DATASOURCE_URL (jdbc:mariadb://host[:port]/name[?…]) with its user and password, or else the
# embedded database of the default run (127.0.0.1:3307, its password kept in $APP_DATA_DIR/mariadb/app-db-password).
if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
  url="${SPRING_DATASOURCE_URL#jdbc:mariadb://}"
  url="${url#jdbc:mysql://}"
  [ "$url" != "$SPRING_DATASOURCE_URL" ] || die "SPRING_DATASOURCE_URL is not a jdbc:mariadb:// address"
  hostport="${url%%/*}"
  DB_NAME="${url#*/}"
  DB_NAME="${DB_NAME%%\?*}"
  DB_HOST="${hostport%%:*}"
  DB_PORT=3306
  [ "$hostport" = "$DB_HOST" ] || DB_PORT="${hostport#*:}"
  DB_USER="${SPRING_DATASOURCE_USERNAME:?set SPRING_DATASOURCE_USERNAME}"
  DB_PASSWORD="${SPRING_DATASOURCE_PASSWORD:-}"
else
  [ -f "$DATA_DIR/mariadb/app-db-password" ] \
    || die "set SPRING_DATASOURCE_URL (or APP_DATA_DIR to the embedded default's data folder)"
  DB_HOST=127.0.0.1
  DB_PORT="${APP_EMBEDDED_DB_PORT:-3307}"
  DB_NAME=tuoitreso
  DB_USER=tuoitreso
  DB_PASSWORD="$(cat "$DATA_DIR/mariadb/app-db-password")"
fi
[[ "$DB_NAME" =~ ^[A-Za-z0-9_]+$ ]] || die "unexpected database name: $DB_NAME"

# The client tools: MARIADB_BIN_DIR, else those of the embedded default's MariaDB, else the PATH's.
if [ -z "${MARIADB_BIN_DIR:-}" ] && [ -x "$DATA_DIR/mariadb/base/bin/mariadb-dump" ]; then
  MARIADB_BIN_DIR="$DATA_DIR/mariadb/base/bin"
fi
bin() {
  if [ -n "${MARIADB_BIN_DIR:-}" ]; then echo "$MARIADB_BIN_DIR/$1"; else command -v "$1" || die "$1 not found: install the MariaDB client (apt-get install mariadb-client) or set MARIADB_BIN_DIR"; fi
}

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
chmod 700 "$WORK"
# The password reaches the clients through a file only this account reads, never the command line.
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\n' "$DB_HOST" "$DB_PORT" "$DB_USER" \
  "$(printf '%s' "$DB_PASSWORD" | sed 's/\\/\\\\/g; s/"/\\"/g')" > "$WORK/client.cnf"
chmod 600 "$WORK/client.cnf"

sql() { "$(bin mariadb)" --defaults-extra-file="$WORK/client.cnf" --batch --skip-column-names "$DB_NAME" "$@"; }

# Exact row counts of every table, "table<TAB>count" sorted by name (what restore.sh prints, and the test compares).
row_counts() {
  local table
  for table in $(sql -e "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name"); do
    printf '%s\t%s\n' "$table" "$(sql -e "SELECT COUNT(*) FROM \`$table\`")"
  done
}
