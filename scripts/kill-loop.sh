#!/usr/bin/env bash
# The long crash test: 100 SIGKILLs of a JVM saving claims (mvn verify runs 20). Every claim the saver
# acknowledged must survive each kill, and integrity_check must stay ok. Usage: scripts/kill-loop.sh [KILLS]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=KillDuringSavesTest -Dparley.kills="${1:-100}" -Dsurefire.failIfNoSpecifiedTests=false
echo "kill loop: ${1:-100} kills, no acknowledged claim lost, integrity ok"
