#!/usr/bin/env bash
# Backs up the platform into one archive: the database (a consistent dump, mariadb-dump --single-transaction), the
# files directory (app.files-dir) and, when APP_SETTINGS_FILE names it, the settings file (docker/.env).
#
#   docker/backup.sh /backups/tuoitreso-$(date +%F).tar.gz
#
# Reads SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD, APP_DATA_DIR, APP_FILES_DIR, APP_SETTINGS_FILE, MARIADB_BIN_DIR.
# The platform may keep running: the dump is one transaction's snapshot, and it is taken before the files are copied,
# so every file the dump refers to is in the archive (files are written before the rows that name them, and never
# changed: they are named by their SHA-256). The archive holds personal data and secrets: it is readable by its owner
# only; keep it so.
set -euo pipefail
umask 077
ARCHIVE="${1:?usage: backup.sh ARCHIVE.tar.gz}"
# shellcheck source=docker/backup-common.sh
source "$(dirname "$0")/backup-common.sh"

OUT="$WORK/tuoitreso-backup"
mkdir -p "$OUT/files"
# Views (identity_member) are dumped with the account that created them as DEFINER; that account may not exist
# where the backup is restored, and naming another one needs SET USER. Without the clause the restoring account
# becomes the definer.
"$(bin mariadb-dump)" --defaults-extra-file="$WORK/client.cnf" --single-transaction --quick --hex-blob \
  --routines --triggers --events --no-tablespaces --default-character-set=utf8mb4 "$DB_NAME" \
  | sed -E 's/ DEFINER=`[^`]*`@`[^`]*`//' > "$OUT/database.sql"
if [ -d "$FILES_DIR" ]; then
  # incoming/ holds uploads still being received: no row names them yet
  (cd "$FILES_DIR" && tar --exclude=./incoming -cf - .) | (cd "$OUT/files" && tar -xf -)
fi
if [ -n "${APP_SETTINGS_FILE:-}" ]; then
  cp "$APP_SETTINGS_FILE" "$OUT/settings.env"
fi
{
  echo "created=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "database=$DB_NAME@$DB_HOST:$DB_PORT"
  echo "server=$(sql -e 'SELECT VERSION()')"
  echo "schema=$(sql -e 'SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1' 2>/dev/null || echo none)"
  echo "files=$(find "$OUT/files" -type f | wc -l)"
} > "$OUT/MANIFEST"
(cd "$OUT" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)
mkdir -p "$(dirname "$ARCHIVE")"
tar -czf "$ARCHIVE.partial" -C "$WORK" tuoitreso-backup
mv "$ARCHIVE.partial" "$ARCHIVE"
echo "Backed up $DB_NAME and $(grep '^files=' "$OUT/MANIFEST" | cut -d= -f2) files into $ARCHIVE"
