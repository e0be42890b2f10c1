#!/usr/bin/env bash
# Install the native Kafka + Elasticsearch (+ vidx-analysis plugin) under $VIDX_HOME/dist.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

# Bump when the layout under dist/ changes, to force a re-install everywhere.
LAYOUT_VERSION=1

usage() {
  cat <<EOF
Usage: infra/local/bin/install.sh [--force]

Idempotent. Resolves from Maven Central (through Maven, with ~/.m2 as cache):
  Kafka $KAFKA_VERSION (org.apache.kafka:kafka_2.13 + runtime deps) -> \$VIDX_HOME/dist/kafka-$KAFKA_VERSION/lib
  Elasticsearch $ES_VERSION (integ-test-zip distribution)          -> \$VIDX_HOME/dist/elasticsearch-$ES_VERSION
and builds + installs the vidx-analysis plugin (infra/elasticsearch/analysis-plugin) into that
Elasticsearch. When everything is already installed from the same sources (install.stamp), it does
nothing and does not start Maven. Otherwise Maven runs offline first and goes online only if the
local repository lacks something.

  --force   re-resolve, re-unpack and re-install everything (stop the servers first)

Environment: VIDX_HOME (runtime folder, default <repo>/.vidx), JAVA_HOME (JDK 17+ for Maven and the
plugin tool), MVN (Maven command, default mvn), MAVEN_ARGS (extra Maven arguments).
Exit codes: 0 installed / up to date, 1 failure.
EOF
}

FORCE=0
for arg in "$@"; do
  case "$arg" in
    -h | --help) usage; exit 0 ;;
    --force) FORCE=1 ;;
    *) echo "unknown argument: $arg" >&2; usage >&2; exit 2 ;;
  esac
done

T0="$(now_ms)"
STAMP_FILE="$VIDX_DIST/install.stamp"
PLUGIN_STAMP="$VIDX_DIST/elasticsearch-$ES_VERSION.plugin.stamp"
KAFKA_MAIN_JAR="$KAFKA_LIB/kafka_2.13-$KAFKA_VERSION.jar"

# Fingerprint of everything that determines what gets installed.
sources_hash() {
  (
    cd "$VIDX_REPO_ROOT"
    echo "layout=$LAYOUT_VERSION kafka=$KAFKA_VERSION es=$ES_VERSION"
    find infra/local/pom.xml infra/elasticsearch/analysis-plugin/pom.xml infra/elasticsearch/analysis-plugin/src \
      -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
  ) | sha256sum | cut -d' ' -f1
}

plugin_hash() {
  (
    cd "$VIDX_REPO_ROOT"
    echo "es=$ES_VERSION"
    find infra/elasticsearch/analysis-plugin/pom.xml infra/elasticsearch/analysis-plugin/src \
      -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
  ) | sha256sum | cut -d' ' -f1
}

kafka_installed() { [[ -f "$KAFKA_MAIN_JAR" ]]; }
es_installed() { [[ -x "$ES_HOME_DIR/bin/elasticsearch" && -f "$ES_HOME_DIR/lib/elasticsearch-$ES_VERSION.jar" ]]; }
plugin_installed() {
  [[ -f "$ES_HOME_DIR/plugins/$VIDX_PLUGIN_NAME/plugin-descriptor.properties" && -f "$PLUGIN_STAMP" &&
    "$(cat "$PLUGIN_STAMP")" == "$(plugin_hash)" ]]
}

HASH="$(sources_hash)"
if ((FORCE == 0)) && [[ -f "$STAMP_FILE" && "$(cat "$STAMP_FILE")" == "$HASH" ]] &&
  kafka_installed && es_installed && plugin_installed; then
  echo "install: up to date in $VIDX_DIST (Kafka $KAFKA_VERSION, Elasticsearch $ES_VERSION + $VIDX_PLUGIN_NAME); nothing to do ($(elapsed_s "$T0")s)"
  exit 0
fi

# ---- something to do: check the tools ------------------------------------------------------
MVN="${MVN:-mvn}"
command -v "$MVN" >/dev/null 2>&1 ||
  die "Maven ('$MVN') not found. Install it (e.g. 'apt-get install -y maven') or set MVN=/path/to/mvn"
JAVA_HOME="$(find_java_home)"
export JAVA_HOME
mkdir -p "$VIDX_DIST"
# one install at a time (e.g. tests and a developer's stack starting together); re-check after waiting
take_lock "$VIDX_DIST/.install.lock"
if ((FORCE == 0)) && [[ -f "$STAMP_FILE" && "$(cat "$STAMP_FILE")" == "$HASH" ]] &&
  kafka_installed && es_installed && plugin_installed; then
  echo "install: up to date in $VIDX_DIST (installed by a concurrent run) ($(elapsed_s "$T0")s)"
  exit 0
fi
LOG="$VIDX_DIST/install.log"
: >"$LOG"
echo "install: into $VIDX_DIST (Maven log: $LOG)"

# Any Elasticsearch of ours running from this distribution? Then do not touch its files.
es_running_from_dist() {
  local f pid
  for f in "$VIDX_HOME"/*/elasticsearch/elasticsearch.pid; do
    [[ -f "$f" ]] || continue
    pid="$(read_pid_file "$f")" || continue
    if pid_matches "$pid" "-Des.path.home=$ES_HOME_DIR"; then
      echo "$f"
      return 0
    fi
  done
  return 1
}

# mvn_run DESCRIPTION ARGS... : offline first, online if the local repository lacks something
mvn_run() {
  local what="$1"
  shift
  local base=(-B -q -Dstyle.color=never)
  local extra=()
  read -r -a extra <<<"${MAVEN_ARGS:-}"
  base+=("${extra[@]}")
  local t
  t="$(now_ms)"
  echo "--- $what (offline) $(date -Is)" >>"$LOG"
  if "$MVN" "${base[@]}" -o "$@" >>"$LOG" 2>&1; then
    echo "install: $what: done offline from the local Maven repository ($(elapsed_s "$t")s)"
    return 0
  fi
  echo "--- $what (online) $(date -Is)" >>"$LOG"
  if "$MVN" "${base[@]}" "$@" >>"$LOG" 2>&1; then
    echo "install: $what: downloaded from Maven Central ($(elapsed_s "$t")s)"
    return 0
  fi
  echo "error: $what failed. Last lines of $LOG:" >&2
  tail -n 40 "$LOG" >&2
  die "Maven could not resolve/build. Check network access to Maven Central (or ~/.m2 for offline use), then re-run infra/local/bin/install.sh"
}

# ---- Kafka + Elasticsearch from Maven Central -----------------------------------------------
need_kafka=0
need_es=0
((FORCE == 1)) || ! kafka_installed && need_kafka=1
((FORCE == 1)) || ! es_installed && need_es=1

if ((need_kafka == 1)) && [[ -d "$KAFKA_LIB" ]]; then
  for f in "$VIDX_HOME"/*/kafka/kafka.pid; do
    [[ -f "$f" ]] || continue
    pid="$(read_pid_file "$f")" || continue
    if pid_matches "$pid" "$KAFKA_LIB/*"; then
      die "Kafka is running from $KAFKA_LIB (pid file $f). Stop it first: infra/local/bin/stack.sh down"
    fi
  done
fi
if ((need_es == 1)) && running="$(es_running_from_dist)"; then
  die "Elasticsearch is running from $ES_HOME_DIR (pid file $running). Stop it first: infra/local/bin/stack.sh down"
fi

if ((need_kafka == 1 || need_es == 1)); then
  TMP="$VIDX_DIST/.tmp-install"
  rm -rf "$TMP"
  mkdir -p "$TMP"
  skip_kafka=true
  skip_es=true
  ((need_kafka == 1)) && skip_kafka=false
  ((need_es == 1)) && skip_es=false
  what=()
  ((need_kafka == 1)) && what+=("Kafka $KAFKA_VERSION")
  ((need_es == 1)) && what+=("Elasticsearch $ES_VERSION")
  mvn_run "resolve $(printf "%s + " "${what[@]}" | sed "s/ + $//")" \
    -f "$VIDX_POM" generate-resources \
    -Dvidx.dist="$VIDX_DIST" \
    -Dvidx.kafka.lib.dir="$TMP/kafka-lib" -Dvidx.skip.kafka="$skip_kafka" \
    -Dvidx.es.unpack.dir="$TMP/es" -Dvidx.skip.es="$skip_es"
  if ((need_kafka == 1)); then
    [[ -f "$TMP/kafka-lib/kafka_2.13-$KAFKA_VERSION.jar" ]] || die "Maven did not produce the Kafka classpath (see $LOG)"
    rm -rf "$VIDX_DIST/kafka-$KAFKA_VERSION"
    mkdir -p "$VIDX_DIST/kafka-$KAFKA_VERSION"
    mv "$TMP/kafka-lib" "$KAFKA_LIB"
    echo "install: Kafka $KAFKA_VERSION -> $KAFKA_LIB ($(find "$KAFKA_LIB" -name '*.jar' | wc -l) jars)"
  fi
  if ((need_es == 1)); then
    [[ -x "$TMP/es/elasticsearch-$ES_VERSION/bin/elasticsearch" ]] ||
      die "Maven did not unpack Elasticsearch into $TMP/es/elasticsearch-$ES_VERSION (see $LOG)"
    rm -rf "$ES_HOME_DIR" "$PLUGIN_STAMP"
    mv "$TMP/es/elasticsearch-$ES_VERSION" "$ES_HOME_DIR"
    echo "install: Elasticsearch $ES_VERSION -> $ES_HOME_DIR"
  fi
  rm -rf "$TMP"
else
  echo "install: Kafka $KAFKA_VERSION and Elasticsearch $ES_VERSION already unpacked"
fi

# ---- vidx-analysis plugin ------------------------------------------------------------------
if ((FORCE == 1)) || ! plugin_installed; then
  if running="$(es_running_from_dist)"; then
    die "Elasticsearch is running from $ES_HOME_DIR (pid file $running); the plugin must be (re)installed. Stop it first: infra/local/bin/stack.sh down"
  fi
  BUILD_DIR="$VIDX_DIST/build/analysis-plugin"
  rm -rf "$BUILD_DIR"
  mvn_run "build $VIDX_PLUGIN_NAME plugin" -f "$VIDX_PLUGIN_DIR/pom.xml" package \
    -Delasticsearch.version="$ES_VERSION" -Dvidx.build.dir="$BUILD_DIR"
  ZIP="$BUILD_DIR/$VIDX_PLUGIN_NAME-$ES_VERSION.zip"
  [[ -f "$ZIP" ]] || die "plugin build produced no $ZIP (see $LOG)"
  t="$(now_ms)"
  if [[ -d "$ES_HOME_DIR/plugins/$VIDX_PLUGIN_NAME" ]]; then
    ES_JAVA_HOME="$JAVA_HOME" "$ES_HOME_DIR/bin/elasticsearch-plugin" remove --purge "$VIDX_PLUGIN_NAME" >>"$LOG" 2>&1 ||
      rm -rf "$ES_HOME_DIR/plugins/$VIDX_PLUGIN_NAME"
  fi
  if ! ES_JAVA_HOME="$JAVA_HOME" ES_PATH_CONF="$ES_HOME_DIR/config" \
    "$ES_HOME_DIR/bin/elasticsearch-plugin" install --batch "file://$ZIP" >>"$LOG" 2>&1; then
    tail -n 20 "$LOG" >&2
    die "installing the $VIDX_PLUGIN_NAME plugin failed (see above / $LOG)"
  fi
  plugin_hash >"$PLUGIN_STAMP"
  echo "install: $VIDX_PLUGIN_NAME plugin -> $ES_HOME_DIR/plugins/$VIDX_PLUGIN_NAME ($(elapsed_s "$t")s)"
else
  echo "install: $VIDX_PLUGIN_NAME plugin already installed (same sources)"
fi

# ---- permissions: Elasticsearch runs as an unprivileged user when we are root ---------------
chmod -R a+rX "$ES_HOME_DIR/bin" "$ES_HOME_DIR/lib" "$ES_HOME_DIR/modules" "$ES_HOME_DIR/plugins" "$KAFKA_LIB"
chmod a+rX "$VIDX_DIST" "$ES_HOME_DIR"
if ((EUID == 0)) && ! id -u "$VIDX_ES_USER" >/dev/null 2>&1; then
  useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin --user-group "$VIDX_ES_USER" ||
    die "could not create user $VIDX_ES_USER; create it yourself: useradd --system --no-create-home $VIDX_ES_USER"
  echo "install: created system user $VIDX_ES_USER (Elasticsearch refuses to run as root)"
fi

echo "$HASH" >"$STAMP_FILE"
echo "install: done in $(elapsed_s "$T0")s (Kafka $KAFKA_VERSION, Elasticsearch $ES_VERSION + $VIDX_PLUGIN_NAME)"
