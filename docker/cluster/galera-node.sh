#!/bin/sh
# The entrypoint of the first Galera node (compose.yml, profile "cluster"): on a new data directory,
# or when this node was the last to leave the cluster (grastate.dat: safe_to_bootstrap: 1), it
# starts a new cluster; otherwise it joins the others like any node.
set -eu
state=/var/lib/mysql/grastate.dat
if [ ! -f "$state" ] || grep -q '^safe_to_bootstrap: 1' "$state"; then
  exec docker-entrypoint.sh "$@" --wsrep-new-cluster
fi
exec docker-entrypoint.sh "$@"
