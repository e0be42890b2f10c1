# shellcheck shell=bash
# Shared helpers for infra/local/bin/*.sh. Sourced, never run directly.
#
# Layout (all under the git-ignored runtime folder):
#   $VIDX_HOME/dist/                          shared artifacts (install.sh)
#     kafka-<v>/lib/*.jar                     Kafka broker classpath
#     elasticsearch-<v>/                      Elasticsearch home (+ plugins/vidx-analysis)
#     install.stamp                           what install.sh last installed
#   $VIDX_HOME/<instance>/kafka/              per-instance Kafka config, data, logs, pid
#   $VIDX_HOME/<instance>/elasticsearch/      per-instance ES config, data, logs, pid

VIDX_BIN_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VIDX_INFRA_DIR="$(cd "$VIDX_BIN_DIR/.." && pwd)"
VIDX_REPO_ROOT="$(cd "$VIDX_INFRA_DIR/../.." && pwd)"
VIDX_HOME="$(realpath -m "${VIDX_HOME:-$VIDX_REPO_ROOT/.vidx}")"
VIDX_INSTANCE="${VIDX_INSTANCE:-dev}"
VIDX_DIST="$VIDX_HOME/dist"
VIDX_POM="$VIDX_INFRA_DIR/pom.xml"
VIDX_PLUGIN_DIR="$VIDX_REPO_ROOT/infra/elasticsearch/analysis-plugin"
VIDX_PLUGIN_NAME="vidx-analysis"
VIDX_ES_USER="${VIDX_ES_USER:-vidx-es}"

die() {
  echo "error: $*" >&2
  exit 1
}

log() { echo "$*"; }

# Version of a <property> in a pom (first match): pom_property FILE NAME
pom_property() {
  local v
  v="$(sed -n "s:.*<$2>\([^<]*\)</$2>.*:\1:p" "$1" | head -n1)"
  [[ -n "$v" ]] || die "cannot read <$2> from $1"
  printf '%s\n' "$v"
}

KAFKA_VERSION="$(pom_property "$VIDX_POM" kafka.version)"
ES_VERSION="$(pom_property "$VIDX_POM" elasticsearch.version)"
KAFKA_LIB="$VIDX_DIST/kafka-$KAFKA_VERSION/lib"
ES_HOME_DIR="$VIDX_DIST/elasticsearch-$ES_VERSION"

validate_instance() {
  [[ "$VIDX_INSTANCE" =~ ^[A-Za-z0-9][A-Za-z0-9_.-]*$ && "$VIDX_INSTANCE" != "dist" ]] ||
    die "invalid VIDX_INSTANCE='$VIDX_INSTANCE' (use letters, digits, '.', '_', '-'; not 'dist')"
}

validate_port() { # name value
  [[ "$2" =~ ^[0-9]+$ ]] && ((10#$2 >= 1 && 10#$2 <= 65535)) || die "$1 must be a TCP port number, got '$2'"
}

# Major version of a JDK home, or empty if not a JDK.
java_major() {
  local home="$1" line
  [[ -x "$home/bin/java" ]] || return 0
  line="$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1)"
  printf '%s\n' "${line%%.*}"
}

# Pick a JDK >= 17. Candidates: the explicit variable(s) given as arguments, JAVA_HOME,
# java on PATH, then /usr/lib/jvm/*. Prints the JDK home.
find_java_home() {
  local c explicit m
  for explicit in "$@"; do
    [[ -n "${!explicit:-}" ]] || continue
    c="${!explicit}"
    m="$(java_major "$c")"
    [[ -n "$m" ]] || die "$explicit=$c has no bin/java; point it at a JDK 17+ home"
    ((m >= 17)) || die "$explicit=$c is Java $m; Java 17 or newer is required"
    printf '%s\n' "$c"
    return 0
  done
  local candidates=()
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for c in /usr/lib/jvm/java-17-openjdk-* /usr/lib/jvm/*; do
    [[ -d "$c" ]] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    m="$(java_major "$c")"
    if [[ -n "$m" ]] && ((m >= 17)); then
      printf '%s\n' "$c"
      return 0
    fi
  done
  die "no Java 17+ found. Install one (e.g. 'apt-get install -y openjdk-17-jdk-headless') or set JAVA_HOME"
}

# Is PID alive and is its command line matching the pattern? pid_matches PID PATTERN
pid_matches() {
  local pid="$1" pattern="$2"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [[ -r "/proc/$pid/cmdline" ]] || return 1
  # a zombie has an empty cmdline
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$pattern "
}

read_pid_file() {
  [[ -s "$1" ]] || return 1
  local p
  p="$(tr -dc '0-9' <"$1")"
  [[ -n "$p" ]] || return 1
  printf '%s\n' "$p"
}

# Is something accepting TCP connections on 127.0.0.1:PORT?
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# Describe who listens on a port (best effort, for error messages).
port_owner() {
  if command -v ss >/dev/null 2>&1; then
    ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*users:(("\([^"]*\)",pid=\([0-9]*\).*/\1 (pid \2)/p' | head -n1
  fi
}

# Stop PID with TERM, wait up to TIMEOUT seconds, then KILL. stop_pid PID TIMEOUT LABEL
stop_pid() {
  local pid="$1" timeout="$2" label="$3" waited=0
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && [[ "$(ps -o stat= -p "$pid" 2>/dev/null)" != Z* ]]; do
    if ((waited >= timeout * 10)); then
      echo "$label: still running after ${timeout}s, sending SIGKILL to pid $pid" >&2
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
}

now_ms() { date +%s%3N; }

elapsed_s() { # start_ms
  local d=$(($(now_ms) - $1))
  printf '%d.%01d' $((d / 1000)) $(((d % 1000) / 100))
}

# Take an exclusive lock for this instance+service (serialises concurrent start/stop calls).
take_lock() { # lockfile
  exec 9>"$1"
  flock -w 300 9 || die "could not lock $1 (another start/stop of the same instance is stuck?)"
}

# --- One local server (kafka.sh, elasticsearch.sh) -------------------------------------------
# A script sets, before calling these: SVC_DIR (its instance folder), SVC_PID (pid file),
# SVC_STATE (state file with port=), SVC_MARKER (a string only its JVM's command line carries),
# SVC_STOP_TIMEOUT (seconds), SVC_DEFAULT_PORT, LABEL, and defines endpoint_of PORT (the text
# status prints after the port, e.g. "bootstrap=127.0.0.1:9092").

# The PID of this instance's server, if the pid file names a live process that really is it.
running_pid() {
  local pid
  pid="$(read_pid_file "$SVC_PID")" || return 1
  pid_matches "$pid" "$SVC_MARKER" || return 1
  printf '%s\n' "$pid"
}

state_port() {
  [[ -f "$SVC_STATE" ]] && sed -n 's/^port=//p' "$SVC_STATE" | head -n1 || true
}

do_status() {
  local pid port
  if pid="$(running_pid)"; then
    port="$(state_port)"
    port="${port:-$SVC_DEFAULT_PORT}"
    echo "$LABEL running pid=$pid port=$port $(endpoint_of "$port")"
    return 0
  fi
  echo "$LABEL stopped"
  return 3
}

do_stop() {
  mkdir -p "$SVC_DIR"
  take_lock "$SVC_DIR/.lock"
  local pid t0
  if ! pid="$(running_pid)"; then
    [[ -f "$SVC_PID" ]] && echo "$LABEL not running (removed stale pid file)" || echo "$LABEL not running"
    rm -f "$SVC_PID" "$SVC_STATE"
    return 0
  fi
  t0="$(now_ms)"
  stop_pid "$pid" "$SVC_STOP_TIMEOUT" "$LABEL"
  rm -f "$SVC_PID" "$SVC_STATE"
  echo "$LABEL stopped (pid $pid, $(elapsed_s "$t0")s)"
}

# If this instance's server already runs, say so (warning when it listens on another port than
# asked) and succeed; otherwise fail, so the caller starts it. report_if_running PORT VARNAME
report_if_running() {
  local pid port
  pid="$(running_pid)" || return 1
  port="$(state_port)"
  echo "$LABEL already running pid=$pid port=${port:-?} $(endpoint_of "${port:-?}")"
  if [[ -n "$port" && "$port" != "$1" ]]; then
    echo "warning: it listens on $port, not $2=$1; stop it first to change ports" >&2
  fi
  return 0
}

# Dies naming the process that holds a port, with a hint of other ports to use.
# require_free_ports HINT PORT...
require_free_ports() {
  local hint="$1" p
  shift
  for p in "$@"; do
    if port_open "$p"; then
      die "port 127.0.0.1:$p is already in use $(port_owner "$p" | sed 's/^/by /'). Stop that process, or choose other ports, $hint"
    fi
  done
}

# Checks a server script's subcommand (start|stop|status|logs); --help prints its usage.
# Called in the script's own shell (not a subshell) so that exit ends the script.
check_server_command() {
  case "${1:-}" in
    -h | --help | help) usage; exit 0 ;;
    start | stop | status | logs) ;;
    *) usage >&2; exit 2 ;;
  esac
}
