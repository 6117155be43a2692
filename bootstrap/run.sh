#!/bin/sh
# Runs the packaged service (./mvnw package -DskipTests first) with the memory defaults measured in
# docs/benchmarks.md: without them the JVM sizes its heap from the machine's memory (a quarter of
# it) and holds far more than the service needs. JAVA_OPTS replaces them; arguments go to Quarkus.
here=$(cd "$(dirname "$0")" && pwd)
exec java ${JAVA_OPTS:--Xms256m -Xmx256m -XX:+UseParallelGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k} \
  -jar "$here/target/quarkus-app/quarkus-run.jar" "$@"
