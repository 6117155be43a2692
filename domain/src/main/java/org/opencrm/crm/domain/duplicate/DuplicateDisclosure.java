package org.opencrm.crm.domain.duplicate;

import java.util.Comparator;
import java.util.List;
import org.opencrm.crm.domain.shared.DataScope;

/**
 * Tells a caller about duplicates without leaking: a candidate inside the caller's data scope in
 * full, one outside it only as "owned by a colleague" or "in the pool", never with the colleague's
 * name, the phone or the e-mail. Exact matches first, then by similarity.
 */
public final class DuplicateDisclosure {

  private DuplicateDisclosure() {}

  public static List<DisclosedDuplicate> disclose(
      List<DuplicateCandidate> candidates, DataScope scope) {
    return candidates.stream()
        .sorted(
            Comparator.comparing(DuplicateCandidate::exact)
                .thenComparingDouble(DuplicateCandidate::similarity)
                .reversed())
        .map(candidate -> disclose(candidate, scope))
        .toList();
  }

  public static DisclosedDuplicate disclose(DuplicateCandidate candidate, DataScope scope) {
    boolean visible =
        scope instanceof DataScope.Everything
            || (!candidate.pooled() && scope.includes(candidate.owner(), candidate.team()));
    if (visible) {
      return new DisclosedDuplicate(
          candidate.kind(),
          Disclosure.VISIBLE,
          candidate.matchedOn(),
          candidate.exact(),
          candidate.since(),
          candidate.similarity(),
          candidate.id(),
          candidate.customerId(),
          candidate.name(),
          candidate.company(),
          candidate.owner() == null ? null : candidate.owner().value());
    }
    if (candidate.pooled()) {
      return new DisclosedDuplicate(
          candidate.kind(),
          Disclosure.IN_POOL,
          candidate.matchedOn(),
          candidate.exact(),
          candidate.since(),
          candidate.similarity(),
          candidate.id(),
          null,
          null,
          null,
          null);
    }
    return new DisclosedDuplicate(
        candidate.kind(),
        Disclosure.OWNED_BY_COLLEAGUE,
        candidate.matchedOn(),
        candidate.exact(),
        candidate.since(),
        candidate.similarity(),
        null,
        null,
        null,
        null,
        null);
  }
}
