# Finds a JDK 25 without running java: a JDK's `release` file names its version, and reading it
# with shell built-ins costs next to nothing, where `java -version` costs ~0.1 s per call.
#
# Order: JAVA_HOME, then the java on PATH, then the usual install folders. LOOM_SHOWCASE_JDK_DIRS
# (colon-separated globs) replaces the folders; the tests use it to stand for a machine without one.

REQUIRED_JAVA=25

# True when $1 is a JDK whose release file says JAVA_VERSION="25...".
is_jdk25() {
  local home=$1 line version=""
  [ -n "$home" ] && [ -x "$home/bin/java" ] && [ -r "$home/release" ] || return 1
  while IFS= read -r line || [ -n "$line" ]; do
    case $line in
      JAVA_VERSION=*) version=${line#JAVA_VERSION=}; version=${version//\"/}; break ;;
    esac
  done <"$home/release"
  [ "${version%%[.+-]*}" = "$REQUIRED_JAVA" ]
}

# The JDK home of the java on PATH, following links (/usr/bin/java -> /etc/alternatives/...).
path_java_home() {
  local java
  java=$(command -v java) || return 1
  java=$(readlink -f "$java" 2>/dev/null || printf '%s' "$java")
  printf '%s\n' "${java%/bin/java}"
}

jdk_search_patterns() {
  if [ -n "${LOOM_SHOWCASE_JDK_DIRS+set}" ]; then
    printf '%s\n' "${LOOM_SHOWCASE_JDK_DIRS//:/$'\n'}"
    return
  fi
  printf '%s\n' \
    "/usr/lib/jvm/*" \
    "$HOME/.sdkman/candidates/java/*" \
    "/opt/*" \
    "/opt/java/*" \
    "/Library/Java/JavaVirtualMachines/*/Contents/Home" \
    "$HOME/Library/Java/JavaVirtualMachines/*/Contents/Home" \
    "$HOME/.jdks/*"
}

# Sets JDK25_HOME to a JDK 25, or fails.
find_jdk25() {
  local candidate pattern
  JDK25_HOME=""
  if is_jdk25 "${JAVA_HOME:-}"; then JDK25_HOME=$JAVA_HOME; return 0; fi
  if candidate=$(path_java_home) && is_jdk25 "$candidate"; then JDK25_HOME=$candidate; return 0; fi
  while IFS= read -r pattern; do
    for candidate in $pattern; do
      if is_jdk25 "$candidate"; then JDK25_HOME=$candidate; return 0; fi
    done
  done < <(jdk_search_patterns)
  return 1
}

# Exports JAVA_HOME as a JDK 25, or stops the script with one sentence and exit code 2.
# $1, if given, is a file that remembers the last JDK found, so later runs skip the search.
require_jdk25() {
  local remembered=${1:-} home=""
  if [ -n "$remembered" ] && ! is_jdk25 "${JAVA_HOME:-}" && [ -r "$remembered" ]; then
    IFS= read -r home <"$remembered" || true
    is_jdk25 "$home" || home=""
  fi
  if [ -z "$home" ]; then
    if ! find_jdk25; then
      echo "loom-showcase needs a JDK 25 and found none (JAVA_HOME, java on PATH, /usr/lib/jvm, ~/.sdkman, /opt, JavaVirtualMachines): install one, e.g. Eclipse Temurin 25 from https://adoptium.net, and set JAVA_HOME to it." >&2
      exit 2
    fi
    home=$JDK25_HOME
    if [ -n "$remembered" ]; then
      # A fresh clone has no target/ yet: made here, so that the first run already remembers.
      [ -d "${remembered%/*}" ] || mkdir -p "${remembered%/*}" 2>/dev/null || true
      printf '%s\n' "$home" >"$remembered" 2>/dev/null || true
    fi
  fi
  export JAVA_HOME=$home
}
