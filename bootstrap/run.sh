#!/bin/sh
# Runs the packaged service (./mvnw package -DskipTests first) with the memory defaults measured in
# docs/benchmarks.md: without them the JVM sizes its heap from the machine's memory (a quarter of
# it) and holds far more than the service needs. JAVA_OPTS replaces them; arguments go to Quarkus.
# Two malloc arenas instead of glibc's eight per core, and freed native memory handed back every
# five seconds: the JIT compiler's bursts would otherwise stay resident (about 45 MB).
here=$(cd "$(dirname "$0")" && pwd)
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
exec java ${JAVA_OPTS:--Xms160m -Xmx160m -XX:+UseParallelGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:TrimNativeHeapInterval=5000} \
  -jar "$here/target/quarkus-app/quarkus-run.jar" "$@"
