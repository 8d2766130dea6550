#!/usr/bin/env bash
# Restores an archive of backup.sh into an EMPTY database and an empty files directory, and empties the search index so
# that the platform rebuilds it from the database when it starts (it does so whenever the index is empty while ideas
# were sent; administrators can also rebuild it at /admin/search-index).
#
#   docker/restore.sh /backups/tuoitreso-2026-12-01.tar.gz
#
# Stop the platform first (every node). Reads the same environment as backup.sh, plus, in Elasticsearch mode,
# SPRING_ELASTICSEARCH_URIS/_USERNAME/_PASSWORD and APP_SEARCH_ELASTICSEARCH_INDEX (the index is deleted). Settings in
# the archive are written to APP_SETTINGS_FILE when it is set and no such file exists yet.
set -euo pipefail
umask 077
ARCHIVE="${1:?usage: restore.sh ARCHIVE.tar.gz}"
[ -f "$ARCHIVE" ] || { echo "restore.sh: no archive $ARCHIVE" >&2; exit 1; }
# shellcheck source=docker/backup-common.sh
source "$(dirname "$0")/backup-common.sh"

tar -xzf "$ARCHIVE" -C "$WORK"
IN="$WORK/tuoitreso-backup"
[ -f "$IN/database.sql" ] || die "$ARCHIVE is not an archive of backup.sh"
(cd "$IN" && sha256sum --quiet -c SHA256SUMS) || die "$ARCHIVE is damaged: its checksums do not match"

tables="$(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()")" \
  || die "cannot reach the database $DB_NAME on $DB_HOST:$DB_PORT (create it first: CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci)"
[ "$tables" = 0 ] || die "the database $DB_NAME is not empty ($tables tables): restore into an empty database"
if [ -d "$FILES_DIR" ] && [ -n "$(ls -A "$FILES_DIR")" ]; then
  die "the files directory $FILES_DIR is not empty: restore into an empty directory"
fi

sql < "$IN/database.sql"
mkdir -p "$FILES_DIR"
cp -a "$IN/files/." "$FILES_DIR/"
if [ -f "$IN/settings.env" ] && [ -n "${APP_SETTINGS_FILE:-}" ]; then
  if [ -e "$APP_SETTINGS_FILE" ]; then
    echo "Settings kept as they are in $APP_SETTINGS_FILE (the archive's are not written over them)"
  else
    cp "$IN/settings.env" "$APP_SETTINGS_FILE"
    echo "Settings restored into $APP_SETTINGS_FILE"
  fi
fi

# The index is rebuilt from the database: emptied here, rebuilt by the platform when it starts.
if [ -n "${SPRING_ELASTICSEARCH_URIS:-}" ]; then
  index="${APP_SEARCH_ELASTICSEARCH_INDEX:-tuoitreso-ideas}"
  status="$(curl -sS -o /dev/null -w '%{http_code}' -X DELETE ${SPRING_ELASTICSEARCH_USERNAME:+-u "$SPRING_ELASTICSEARCH_USERNAME:${SPRING_ELASTICSEARCH_PASSWORD:-}"} "${SPRING_ELASTICSEARCH_URIS%%,*}/$index")"
  case "$status" in
    200|404) echo "Elasticsearch index $index emptied: the platform rebuilds it when it starts" ;;
    *) die "could not delete the Elasticsearch index $index (HTTP $status): delete it, or rebuild at /admin/search-index" ;;
  esac
elif [ -d "$INDEX_DIR" ]; then
  find "$INDEX_DIR" -mindepth 1 -delete
  echo "Search index $INDEX_DIR emptied: the platform rebuilds it when it starts"
fi

echo "Restored into $DB_NAME on $DB_HOST:$DB_PORT and $FILES_DIR. Rows per table:"
row_counts
