#!/usr/bin/env bash
# Usage: npm run migration:generate -- AddCohorts
# Applies the current migrations to a scratch database, generates the next one from the entity
# changes, and reminds you to list it in libs/database/src/migrations/index.ts.
set -euo pipefail
name=${1:?usage: npm run migration:generate -- <MigrationName>}
server=${TEST_DATABASE_SERVER:-postgres://postgres@127.0.0.1:5432}
scratch="sanggar_migration_scratch"
psql "$server/postgres" -qc "DROP DATABASE IF EXISTS $scratch WITH (FORCE)"
export DATABASE_URL="$server/$scratch"
node --import @swc-node/register/esm-register tools/migrate.ts "$DATABASE_URL"
node --import @swc-node/register/esm-register node_modules/typeorm/cli.js migration:generate -d tools/data-source.ts "libs/database/src/migrations/$name"
psql "$server/postgres" -qc "DROP DATABASE IF EXISTS $scratch WITH (FORCE)"
echo "Now review the new file and add its class to libs/database/src/migrations/index.ts."
