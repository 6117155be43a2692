package org.opencrm.crm.application.fakes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.opencrm.crm.application.idempotency.port.out.IdempotencyStore;

public class InMemoryIdempotencyStore implements IdempotencyStore {

  private record Entry(StoredAnswer answer, Instant expiresAt) {}

  private final Map<String, Entry> entries = new HashMap<>();

  @Override
  public Optional<StoredAnswer> find(String callerId, String key, Instant now) {
    Entry entry = entries.get(callerId + "\n" + key);
    if (entry == null || !entry.expiresAt().isAfter(now)) {
      entries.remove(callerId + "\n" + key);
      return Optional.empty();
    }
    return Optional.of(entry.answer());
  }

  @Override
  public void save(
      String callerId, String key, StoredAnswer answer, Instant now, Instant expiresAt) {
    entries.put(callerId + "\n" + key, new Entry(answer, expiresAt));
  }

  @Override
  public int purgeExpired(Instant now) {
    int before = entries.size();
    entries.values().removeIf(e -> !e.expiresAt().isAfter(now));
    return before - entries.size();
  }
}
