#!/usr/bin/env bash
# Drill: PostgreSQL stopped for 12 s and started again under quote-and-confirm load through
# HAProxy (start.sh 2 first). NOTE: this restarts the machine's PostgreSQL server, which other
# databases on it share; it is always started again, also when the drill fails.
source "$(dirname "$0")/common.sh"
SHOP=$(cli token --role shop --shop drill-shop --days 1)
exec python3 "$(dirname "$0")/drill_db_restart.py" "$FRONT" "$(instance_url 1)" "$SHOP" \
  env PGPASSWORD="$PG_PASSWORD" psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$CLUSTER_DB" -qAt
