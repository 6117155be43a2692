import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load driver of bench/queries.sh: CONCURRENCY callers each send one case after another,
 * drawn at random from the cases file, for SECONDS; every latency is kept per case, so the report
 * names the worst cases by their own p99, not only an average over all. Prints tab-separated
 * lines: "case", label, requests, errors, p50, p99, max (ms); then "all" with the same over every
 * request and the rate. Usage: java QueryDriver.java BASE_URL CASES SECONDS CONCURRENCY, with the
 * bearer token of each role in the environment (TOKEN_ADMIN, TOKEN_MANAGER, TOKEN_REP).
 */
public class QueryDriver {

  record Case(String label, String token, URI uri) {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      String[] parts = line.split("\t");
      String token = System.getenv("TOKEN_" + parts[1].toUpperCase());
      cases.add(new Case(parts[0], token, URI.create(base + parts[2])));
    }
    long seconds = Long.parseLong(args[2]);
    int concurrency = Integer.parseInt(args[3]);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Map<Case, List<Long>> latencies = new ConcurrentHashMap<>();
    Map<Case, AtomicLong> errors = new ConcurrentHashMap<>();
    cases.forEach(c -> {
      latencies.put(c, Collections.synchronizedList(new ArrayList<>()));
      errors.put(c, new AtomicLong());
    });
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> callers = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      Thread caller = new Thread(() -> {
        while (System.nanoTime() < end) {
          Case c = cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
          HttpRequest request = HttpRequest.newBuilder(c.uri())
              .header("Authorization", "Bearer " + c.token()).GET().build();
          long start = System.nanoTime();
          try {
            HttpResponse<Void> response =
                client.send(request, HttpResponse.BodyHandlers.discarding());
            long took = System.nanoTime() - start;
            if (response.statusCode() == 200) {
              latencies.get(c).add(took);
            } else {
              errors.get(c).incrementAndGet();
            }
          } catch (IOException e) {
            errors.get(c).incrementAndGet();
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      caller.start();
      callers.add(caller);
    }
    for (Thread caller : callers) {
      caller.join();
    }
    List<Long> all = new ArrayList<>();
    long failed = 0;
    for (Case c : cases) {
      List<Long> taken = new ArrayList<>(latencies.get(c));
      Collections.sort(taken);
      all.addAll(taken);
      failed += errors.get(c).get();
      System.out.printf("case\t%s\t%d\t%d\t%s%n", c.label(), taken.size(), errors.get(c).get(),
          figures(taken));
    }
    Collections.sort(all);
    System.out.printf("all\t%.1f req/s\t%d\t%d\t%s%n", all.size() / (double) seconds, all.size(),
        failed, figures(all));
  }

  private static String figures(List<Long> sorted) {
    if (sorted.isEmpty()) {
      return "-\t-\t-";
    }
    return String.format("%.1f\t%.1f\t%.1f", percentile(sorted, 50), percentile(sorted, 99),
        sorted.get(sorted.size() - 1) / 1e6);
  }

  private static double percentile(List<Long> sorted, double p) {
    int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
  }
}
