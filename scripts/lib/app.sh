# The packaged application: where it lives, how it is built when stale, and the flags it runs with.
# Expects PROJECT_DIR and JAVA_HOME (scripts/lib/jdk.sh) to be set.

APP_JAR=$PROJECT_DIR/target/showcase.jar
APP_AOT=$PROJECT_DIR/target/showcase.aot
# The scale children's own cache: their flags are not the launcher's (ChildJvm finds it beside the jar).
APP_SCALE_AOT=$PROJECT_DIR/target/scale-child.aot
APP_JDK_MEMO=$PROJECT_DIR/target/jdk25-home

# --enable-preview: StructuredTaskScope is a preview API in 25 (JEP 505).
# SerialGC and C1 only: the demos are short, and on 2 cores the JIT and G1's set-up compete with
# start-up (measured in the README). scale runs its models in child JVMs with default flags.
# UserThreadWaitAttemptsAtExit=0: at exit HotSpot waits up to 30 x 10 ms for any thread blocked in
# native code (a socket read, a selector), which would take a Ctrl-C past half a second (README, io).
APP_JVM_FLAGS=(--enable-preview -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:UserThreadWaitAttemptsAtExit=0
  -Djava.awt.headless=true)

# True when the jar is missing or a source or the POM changed after it was built.
app_is_stale() {
  [ -f "$APP_JAR" ] || return 0
  [ -n "$(find "$PROJECT_DIR/src/main" "$PROJECT_DIR/pom.xml" -newer "$APP_JAR" -print -quit 2>/dev/null)" ]
}

app_build() {
  local log
  log=$(mktemp)
  echo "building, first run only (Maven's output is shown only if the build fails) ..." >&2
  if ! (cd "$PROJECT_DIR" && scripts/mvnw -q -B -DskipTests package) >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "showcase: the build failed (Maven's output is above)." >&2
    exit 1
  fi
  rm -f "$log"
  touch "$APP_JAR"
}

# Records an AOT cache (JEPs 483, 514, 515) from one short run of the default command, so that
# later starts find its classes already loaded and linked and its lambdas already spun. The
# training run takes the same path as `scripts/showcase` with no subcommand: what it does not
# execute is not cached. Without a cache the showcase still runs, only slower to start.
# Then one for scale's children, from a small structured run of theirs: with their flags, and with
# the profiles of sleepers that woke (README, "scale").
app_train() {
  app_record "$APP_AOT" "${APP_JVM_FLAGS[@]}" -XX:AOTCacheOutput="$APP_AOT.tmp" -jar "$APP_JAR" \
    --hello-delay 10ms --world-delay 20ms
  app_record "$APP_SCALE_AOT" "${APP_JVM_FLAGS[@]}" -jar "$APP_JAR" scale --tasks 20000 --sleep 100ms \
    --model structured --jvm-option=-XX:AOTCacheOutput="$APP_SCALE_AOT.tmp"
}

# Runs java with these arguments, which record CACHE.tmp, and keeps it as CACHE.
app_record() {
  local cache=$1
  shift
  rm -f "$cache"
  if "$JAVA_HOME/bin/java" "$@" >/dev/null 2>&1 && [ -f "$cache.tmp" ]; then
    mv -f "$cache.tmp" "$cache"
  else
    rm -f "$cache.tmp"
    echo "showcase: could not record the AOT cache ${cache##*/}; starting without it." >&2
  fi
}

app_needs_training() {
  [ ! -f "$APP_AOT" ] || [ "$APP_JAR" -nt "$APP_AOT" ] || [ ! -f "$APP_SCALE_AOT" ] || [ "$APP_JAR" -nt "$APP_SCALE_AOT" ]
}

# Two first runs at once must not build into the same target/: the second waits for the first,
# then finds the jar fresh. A lock left by a process that died is taken over.
APP_LOCK=$PROJECT_DIR/target/.build-lock
app_lock() {
  local holder said=
  mkdir -p "$PROJECT_DIR/target"
  until mkdir "$APP_LOCK" 2>/dev/null; do
    holder=$(cat "$APP_LOCK/pid" 2>/dev/null || true)
    if [ -n "$holder" ] && ! kill -0 "$holder" 2>/dev/null; then
      rm -rf "$APP_LOCK"
      continue
    fi
    if [ -z "$said" ]; then
      echo "showcase: another scripts/showcase is building; waiting for it ..." >&2
      said=1
    fi
    sleep 0.5
  done
  echo $$ >"$APP_LOCK/pid"
  # A build or a training run cut short (Ctrl-C) leaves neither the lock nor half a cache behind.
  trap 'rm -rf "$APP_LOCK" "$APP_AOT.tmp" "$APP_SCALE_AOT.tmp"' EXIT
  trap 'exit 130' INT TERM
}

app_unlock() {
  rm -rf "$APP_LOCK"
  trap - EXIT INT TERM
}

app_ensure_built() {
  if app_is_stale || app_needs_training; then
    app_lock
    if app_is_stale; then app_build; fi
    if app_needs_training; then app_train; fi
    app_unlock
  fi
}
