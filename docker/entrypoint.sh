#!/bin/sh
# docker run IMAGE api | worker | migrate
set -e
case "$1" in
  api) exec node --enable-source-maps dist/server/apps/api/src/main.js ;;
  worker) exec node --enable-source-maps dist/server/apps/worker/src/main.js ;;
  migrate) exec node --enable-source-maps dist/server/apps/api/src/migrate.js ;;
  *) echo "usage: api | worker | migrate" >&2; exit 2 ;;
esac
