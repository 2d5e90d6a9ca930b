# Sourced by ./run.sh and scripts/benchmark: which JVM runs the API, and its start-up cache.
#
# The API is built for Java 17 (the build target) and packaged as an "aot-jar" (every class on the
# JVM's class path, so that a class-data archive or an AOT cache holds the application's classes
# too, not only the JDK's). At run time:
#   - a Java 25 or later (GOUVERNAIL_JAVA, else the first JDK >= 25 under /usr/lib/jvm, else `java`)
#     gets an AOT cache (JEP 483/514/515: classes loaded and linked, method profiles), written by a
#     training run (-XX:AOTCacheOutput) and used with -XX:AOTCache;
#   - an older Java (17) gets a dynamic class-data archive (AppCDS), written at the end of a run
#     (-XX:ArchiveClassesAtExit) and used with -XX:SharedArchiveFile.
# The cache is specific to the JVM and the build: its name carries the Java version, and it is
# written again when the application jar is newer. A cache the JVM cannot use is ignored (the API
# then starts without it).

# the java command of the API: GOUVERNAIL_JAVA, a JDK >= 25 found under /usr/lib/jvm, or java
api_java() {
  if [ -n "${GOUVERNAIL_JAVA:-}" ]; then
    printf '%s\n' "$GOUVERNAIL_JAVA"
    return
  fi
  local candidate
  for candidate in /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] || continue
    if [ "$(api_java_major "$candidate")" -ge 25 ] 2>/dev/null; then
      printf '%s\n' "$candidate"
      return
    fi
  done
  command -v java
}

# the major version of a java command (17, 25, ...)
api_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2; exit }'
}

# the cache file for a java command, next to the application: app-aot-jdk25.aot or app-cds-jdk17.jsa
api_cache_file() { # java app-dir
  local major
  major=$(api_java_major "$1")
  if [ "${major:-0}" -ge 25 ]; then
    printf '%s/app-aot-jdk%s.aot\n' "$2" "$major"
  else
    printf '%s/app-cds-jdk%s.jsa\n' "$2" "$major"
  fi
}

# JVM options of a run that uses the cache (none when there is no cache)
api_cache_use_options() { # java cache-file
  [ -f "$2" ] || return 0
  case "$2" in
    *.aot) printf '%s\n' "-XX:AOTCache=$2" -Xlog:aot=off -Xlog:cds=off ;;
    *) printf '%s\n' "-XX:SharedArchiveFile=$2" -Xlog:cds=off -Xlog:cds+dynamic=off ;;
  esac
}

# JVM options of a training run, which writes the cache when the JVM exits. Writing an AOT cache of
# every class needs more than the 128 MB of metaspace jvm.options allows; the run that uses it
# does not.
api_cache_write_options() { # java cache-file
  case "$2" in
    *.aot) printf '%s\n' "-XX:AOTCacheOutput=$2" -XX:MaxMetaspaceSize=256m -Xlog:aot=off -Xlog:cds=off ;;
    *) printf '%s\n' "-XX:ArchiveClassesAtExit=$2" -Xlog:cds=off -Xlog:cds+dynamic=off ;;
  esac
}

# true when the cache is missing or older than the application
api_cache_stale() { # cache-file app-jar
  [ ! -f "$1" ] || [ "$2" -nt "$1" ]
}
