#!/bin/sh
# npm start: install what is missing, build everything, serve dist/.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
sh scripts/build.sh
exec node scripts/serve.mjs dist --port "${PORT:-8080}"
