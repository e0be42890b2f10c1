#!/usr/bin/env bash
# Both local servers at once: install (if needed), start, stop, status.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

usage() {
  cat <<EOF2
Usage: infra/local/bin/stack.sh up|down|status|env

  up      install.sh (a no-op when up to date), then start Kafka and Elasticsearch in parallel and
          wait for both. Exit 0 when both are ready, 1 if either failed (the other is left running).
  down    stop both (exit 0, also when not running).
  status  one line per server (see kafka.sh / elasticsearch.sh); exit 0 if both run, 3 otherwise.
  env     print KAFKA_BROKERS=... and ELASTICSEARCH_URL=... for this instance, for
          eval "\$(infra/local/bin/stack.sh env)".

Same environment as kafka.sh and elasticsearch.sh (VIDX_HOME, VIDX_INSTANCE, KAFKA_PORT,
KAFKA_CONTROLLER_PORT, KAFKA_HEAP, ES_PORT, ES_TRANSPORT_PORT, ES_HEAP, ...). A second stack beside
the default one, e.g. for integration tests:
  VIDX_INSTANCE=test KAFKA_PORT=19092 KAFKA_CONTROLLER_PORT=19093 ES_PORT=19200 infra/local/bin/stack.sh up
EOF2
}

BIN="$VIDX_BIN_DIR"
case "${1:-}" in
  -h | --help | help) usage ;;
  up)
    "$BIN/install.sh"
    t0="$(now_ms)"
    "$BIN/kafka.sh" start &
    kpid=$!
    rc=0
    "$BIN/elasticsearch.sh" start || rc=1
    wait "$kpid" || rc=1
    if ((rc != 0)); then
      echo "stack[$VIDX_INSTANCE]: start failed (see above); stop what runs with: infra/local/bin/stack.sh down" >&2
      exit 1
    fi
    echo "stack[$VIDX_INSTANCE] up in $(elapsed_s "$t0")s: KAFKA_BROKERS=127.0.0.1:${KAFKA_PORT:-9092} ELASTICSEARCH_URL=http://127.0.0.1:${ES_PORT:-9200}"
    ;;
  down)
    rc=0
    "$BIN/kafka.sh" stop &
    kpid=$!
    "$BIN/elasticsearch.sh" stop || rc=1
    wait "$kpid" || rc=1
    exit "$rc"
    ;;
  status)
    rc=0
    "$BIN/kafka.sh" status || rc=3
    "$BIN/elasticsearch.sh" status || rc=3
    exit "$rc"
    ;;
  env)
    echo "KAFKA_BROKERS=127.0.0.1:${KAFKA_PORT:-9092}"
    echo "ELASTICSEARCH_URL=http://127.0.0.1:${ES_PORT:-9200}"
    ;;
  *) usage >&2; exit 2 ;;
esac
