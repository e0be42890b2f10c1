#!/usr/bin/env bash
# Single-node Elasticsearch (integ-test-zip distribution + vidx-analysis plugin) as a local process.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

usage() {
  cat <<EOF
Usage: infra/local/bin/elasticsearch.sh start|stop|status|logs

  start   start Elasticsearch in the background (no-op if already running), wait until
          GET /_cluster/health?wait_for_status=yellow answers, print
          "elasticsearch[<instance>] ready on http://127.0.0.1:<port> ...".
          Exit 0 when ready, 1 on failure (the log tail is printed).
  stop    SIGTERM by PID, SIGKILL after ES_STOP_TIMEOUT (30) s. Exit 0 (also if not running).
  status  "elasticsearch[<instance>] running pid=<pid> port=<port> url=http://127.0.0.1:<port>" -> exit 0,
          "elasticsearch[<instance>] stopped" -> exit 3.
  logs    print the path of the server log.

Environment (defaults in brackets):
  VIDX_HOME           runtime folder [<repo>/.vidx]; artifacts from install.sh in \$VIDX_HOME/dist
  VIDX_INSTANCE       instance name [dev]; state in \$VIDX_HOME/<instance>/elasticsearch
  ES_PORT             HTTP port on 127.0.0.1 [9200]
  ES_TRANSPORT_PORT   transport port on 127.0.0.1 [ES_PORT + 100]
  ES_HEAP             JVM heap (-Xms = -Xmx) [1g]
  ES_JAVA_HOME        JDK 17+ to run it [JAVA_HOME, java on PATH, /usr/lib/jvm/*]
  ES_START_TIMEOUT    seconds to wait for readiness [120]
  ES_STOP_TIMEOUT     seconds before SIGKILL [30]
  VIDX_ES_USER        unprivileged user that runs it when invoked as root [vidx-es]

Elasticsearch version: $ES_VERSION (infra/local/pom.xml). Run infra/local/bin/install.sh first.
EOF
}

cmd="${1:-}"
case "$cmd" in
  -h | --help | help) usage; exit 0 ;;
  start | stop | status | logs) ;;
  *) usage >&2; exit 2 ;;
esac

validate_instance
ES_PORT="${ES_PORT:-9200}"
validate_port ES_PORT "$ES_PORT"
ES_TRANSPORT_PORT="${ES_TRANSPORT_PORT:-$((10#$ES_PORT + 100))}"
validate_port ES_TRANSPORT_PORT "$ES_TRANSPORT_PORT"
[[ "$ES_PORT" != "$ES_TRANSPORT_PORT" ]] || die "ES_PORT and ES_TRANSPORT_PORT must differ"
ES_HEAP="${ES_HEAP:-1g}"
[[ "$ES_HEAP" =~ ^[0-9]+[kKmMgG]$ ]] || die "ES_HEAP must look like 512m or 1g, got '$ES_HEAP'"
ES_START_TIMEOUT="${ES_START_TIMEOUT:-120}"
ES_STOP_TIMEOUT="${ES_STOP_TIMEOUT:-30}"

E_DIR="$VIDX_HOME/$VIDX_INSTANCE/elasticsearch"
E_CONF="$E_DIR/config"
E_DATA="$E_DIR/data"
E_LOGS="$E_DIR/logs"
E_TMP="$E_DIR/tmp"
E_PID="$E_DIR/elasticsearch.pid"
E_STATE="$E_DIR/elasticsearch.state"
E_OUT="$E_LOGS/startup.out"
CLUSTER="vidx-$VIDX_INSTANCE"
E_SERVER_LOG="$E_LOGS/$CLUSTER.log"
LABEL="elasticsearch[$VIDX_INSTANCE]"
# the server JVM's command line carries -Djava.io.tmpdir=<this instance's tmp> (from ES_TMPDIR)
MARKER="-Djava.io.tmpdir=$E_TMP"
SVC_DIR="$E_DIR"
SVC_PID="$E_PID"
SVC_STATE="$E_STATE"
SVC_MARKER="$MARKER"
SVC_STOP_TIMEOUT="$ES_STOP_TIMEOUT"
SVC_DEFAULT_PORT="$ES_PORT"
endpoint_of() { echo "url=http://127.0.0.1:$1"; }



# GET http://127.0.0.1:PORT/PATH -> body on stdout; non-zero if no HTTP 200
http_get() {
  local port="$1" path="$2" max="${3:-5}"
  if command -v curl >/dev/null 2>&1 && [[ "${VIDX_NO_CURL:-}" != 1 ]]; then
    curl -fsS --max-time "$max" "http://127.0.0.1:$port$path" 2>/dev/null
    return
  fi
  # no curl: plain HTTP/1.0 over bash's /dev/tcp
  local resp
  exec 3<>"/dev/tcp/127.0.0.1/$port" 2>/dev/null || return 1
  printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$path" >&3
  resp="$(timeout "$max" cat <&3)" || true
  exec 3>&-
  [[ "${resp%%$'\r'*}" == *" 200 "* ]] || return 1
  printf '%s' "${resp#*$'\r\n\r\n'}"
}

ensure_es_user() {
  ((EUID == 0)) || return 0
  if ! id -u "$VIDX_ES_USER" >/dev/null 2>&1; then
    echo "$LABEL creating system user $VIDX_ES_USER (Elasticsearch refuses to run as root)"
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
      --user-group "$VIDX_ES_USER" ||
      die "could not create user $VIDX_ES_USER; create it yourself: useradd --system --no-create-home $VIDX_ES_USER"
  fi
}

# Make every ancestor of PATH traversable (o+x) for the ES user; prints what it changes.
ensure_traversable() {
  ((EUID == 0)) || return 0
  local target="$1" dir="" part
  IFS='/' read -r -a parts <<<"${target#/}"
  for part in "${parts[@]}"; do
    dir="$dir/$part"
    [[ -d "$dir" ]] || break
    if ! runuser -u "$VIDX_ES_USER" -- test -x "$dir" 2>/dev/null; then
      echo "$LABEL granting o+x (traverse only) on $dir so user $VIDX_ES_USER can reach $target"
      chmod o+x "$dir" || die "cannot chmod o+x $dir; set VIDX_HOME to a folder that user $VIDX_ES_USER can reach (e.g. under /tmp or /var/lib)"
    fi
  done
}

prepare_instance() {
  mkdir -p "$E_CONF" "$E_DATA" "$E_LOGS" "$E_TMP"
  # config: the distribution's defaults (jvm.options, log4j2.properties, ...) + our elasticsearch.yml
  local f
  for f in "$ES_HOME_DIR"/config/*; do
    case "$(basename "$f")" in
      elasticsearch.yml | elasticsearch.keystore | *.example.yml) ;;
      *) cp -R "$f" "$E_CONF/" ;;
    esac
  done
  cat >"$E_CONF/elasticsearch.yml" <<EOF
# Generated by infra/local/bin/elasticsearch.sh on every start; edits are overwritten.
cluster.name: $CLUSTER
node.name: $CLUSTER
path.data: $E_DATA
path.logs: $E_LOGS
network.host: 127.0.0.1
http.port: $ES_PORT
transport.port: $ES_TRANSPORT_PORT
discovery.type: single-node
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
EOF
  if ((EUID == 0)); then
    ensure_es_user
    chmod o+x "$VIDX_HOME" "$VIDX_HOME/$VIDX_INSTANCE"
    ensure_traversable "$E_DIR"
    ensure_traversable "$ES_HOME_DIR/lib"
    # hand the per-instance tree to the ES user (only what is not theirs yet)
    find "$E_DIR" ! -user "$VIDX_ES_USER" -exec chown "$VIDX_ES_USER:" {} + 2>/dev/null ||
      chown -R "$VIDX_ES_USER:" "$E_DIR"
    runuser -u "$VIDX_ES_USER" -- test -r "$ES_HOME_DIR/lib/elasticsearch-$ES_VERSION.jar" ||
      die "user $VIDX_ES_USER cannot read $ES_HOME_DIR; fix with: chmod -R a+rX $ES_HOME_DIR"
  fi
}


fail_start() {
  echo "error: $1" >&2
  if [[ -f "$E_SERVER_LOG" ]]; then
    echo "--- last lines of $E_SERVER_LOG:" >&2
    tail -n 30 "$E_SERVER_LOG" >&2 || true
  fi
  if [[ -s "$E_OUT" ]]; then
    echo "--- last lines of $E_OUT:" >&2
    tail -n 20 "$E_OUT" >&2 || true
  fi
  local pid
  if pid="$(running_pid)"; then
    echo "Stopping it (pid $pid)." >&2
    stop_pid "$pid" "$ES_STOP_TIMEOUT" "$LABEL"
  fi
  rm -f "$E_PID" "$E_STATE"
  exit 1
}

do_start() {
  [[ -x "$ES_HOME_DIR/bin/elasticsearch" ]] ||
    die "Elasticsearch $ES_VERSION is not installed in $ES_HOME_DIR. Run: infra/local/bin/install.sh"
  [[ -d "$ES_HOME_DIR/plugins/$VIDX_PLUGIN_NAME" || "${VIDX_ES_NO_PLUGIN:-}" == 1 ]] ||
    die "the $VIDX_PLUGIN_NAME plugin is not installed in $ES_HOME_DIR. Run: infra/local/bin/install.sh"
  mkdir -p "$E_DIR"
  take_lock "$E_DIR/.lock"

  if report_if_running "$ES_PORT" ES_PORT; then return 0; fi
  rm -f "$E_PID" "$E_STATE"
  require_free_ports "e.g. ES_PORT=19200 (transport = ES_PORT+100, or ES_TRANSPORT_PORT) with a separate VIDX_INSTANCE" "$ES_PORT" "$ES_TRANSPORT_PORT"

  local java_home
  java_home="$(find_java_home ES_JAVA_HOME)"
  prepare_instance

  local t0
  t0="$(now_ms)"
  echo "$LABEL starting Elasticsearch $ES_VERSION on http://127.0.0.1:$ES_PORT (transport $ES_TRANSPORT_PORT, heap $ES_HEAP, java $java_home)"
  printf 'port=%s\ntransport_port=%s\n' "$ES_PORT" "$ES_TRANSPORT_PORT" >"$E_STATE"
  : >"$E_OUT"
  ((EUID == 0)) && chown "$VIDX_ES_USER:" "$E_OUT"
  # -d: the launcher returns once the node is up (or failed); setsid keeps the server out
  # of the caller's process group. Relative paths in jvm.options (logs/gc.log, data) resolve
  # against the working directory = the instance folder.
  local rc=0
  (
    cd "$E_DIR"
    exec 9>&-
    runner=()
    ((EUID == 0)) && runner=(runuser -u "$VIDX_ES_USER" --)
    timeout --kill-after=10 "$ES_START_TIMEOUT" setsid -w "${runner[@]}" \
      env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$E_DIR" LANG=C.UTF-8 \
      ES_JAVA_HOME="$java_home" ES_PATH_CONF="$E_CONF" ES_TMPDIR="$E_TMP" \
      ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP" \
      "$ES_HOME_DIR/bin/elasticsearch" -d -p "$E_PID" >>"$E_OUT" 2>&1 </dev/null
  ) || rc=$?
  if ((rc != 0)); then
    ((rc == 124 || rc == 137)) && fail_start "$LABEL launcher did not return within ${ES_START_TIMEOUT}s (raise ES_START_TIMEOUT?)"
    fail_start "$LABEL failed to start (launcher exit code $rc)"
  fi

  local deadline=$(($(now_ms) + ES_START_TIMEOUT * 1000)) left
  while :; do
    pid="$(running_pid || true)"
    [[ -n "$pid" ]] || fail_start "$LABEL exited during start-up"
    left=$(((deadline - $(now_ms)) / 1000))
    ((left > 0)) || fail_start "$LABEL not yellow after ${ES_START_TIMEOUT}s (raise ES_START_TIMEOUT?)"
    if http_get "$ES_PORT" "/_cluster/health?wait_for_status=yellow&timeout=$((left < 10 ? left : 10))s" 12 |
      grep -Eq '"status":"(yellow|green)"'; then
      echo "$LABEL ready on http://127.0.0.1:$ES_PORT (pid $pid, $(elapsed_s "$t0")s)"
      return 0
    fi
    sleep 0.5
  done
}


case "$cmd" in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  logs) echo "$E_SERVER_LOG" ;;
esac
