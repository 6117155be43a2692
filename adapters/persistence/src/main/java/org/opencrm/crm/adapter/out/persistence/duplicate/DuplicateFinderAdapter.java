package org.opencrm.crm.adapter.out.persistence.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.opencrm.crm.adapter.out.persistence.lead.LeadPanacheRepository;
import org.opencrm.crm.application.port.in.DuplicateProbe;
import org.opencrm.crm.application.port.out.DuplicateFinder;
import org.opencrm.crm.domain.duplicate.DuplicateCandidate;
import org.opencrm.crm.domain.duplicate.MatchType;
import org.opencrm.crm.domain.duplicate.PartyKind;
import org.opencrm.crm.domain.shared.PhoneNumber;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/**
 * 查重 in one statement over open leads, active customers and their contacts. Only the probe's
 * present parts become conditions, each served by its index (GIN on phone arrays, B-tree on e-mail
 * and credit code, trigram GIN on the stored {@code crm_company_key} of the name). The similarity
 * threshold of {@code %} is set once per connection ({@code crm.duplicates.company-similarity-
 * threshold}, see application.properties), which saves a round trip per check.
 */
@ApplicationScoped
class DuplicateFinderAdapter implements DuplicateFinder {

  private static final int MAX_CANDIDATES = 20;

  private final LeadPanacheRepository rows;

  DuplicateFinderAdapter(LeadPanacheRepository rows) {
    this.rows = rows;
  }

  @Override
  public List<DuplicateCandidate> find(DuplicateProbe probe, UUID excludedLead) {
    EntityManager em = rows.getEntityManager();
    boolean phones = !probe.phones().isEmpty();
    boolean email = probe.email() != null;
    boolean code = probe.creditCode() != null;
    boolean company = probe.company() != null;
    String phoneMatch = phones ? "%s.phones && CAST(:phones AS text[])" : "FALSE";
    String emailMatch = email ? "%s.email = :email" : "FALSE";
    String codeMatch = code ? "%s.credit_code = :code" : "FALSE";
    String nameMatch = company ? "%s.company_key %% (SELECT k FROM probe)" : "FALSE";
    String similarity =
        company
            ? "CASE WHEN %1$s.company_key %% (SELECT k FROM probe)"
                + " THEN similarity(%1$s.company_key, (SELECT k FROM probe)) ELSE 0 END"
            : "0";

    List<String> parts = new ArrayList<>();
    parts.add(
        "SELECT 'LEAD' AS kind, l.id, CAST(NULL AS uuid) AS customer_id, l.person_name AS name,"
            + " l.company, l.owner_id, l.team, l.status = 'POOL' AS pooled,"
            + " COALESCE(l.held_since, l.created_at) AS since, "
            + phoneMatch.formatted("l")
            + " AS phone_match, "
            + emailMatch.formatted("l")
            + " AS email_match, "
            + codeMatch.formatted("l")
            + " AS code_match, "
            + similarity.formatted("l")
            + " AS similarity FROM lead l WHERE l.status IN ('POOL', 'OWNED')"
            + " AND l.id <> :excluded AND ("
            + String.join(
                " OR ",
                List.of(
                    phoneMatch.formatted("l"),
                    emailMatch.formatted("l"),
                    codeMatch.formatted("l"),
                    nameMatch.formatted("l")))
            + ")");
    if (code || company) {
      parts.add(
          "SELECT 'CUSTOMER', c.id, c.id, c.name, c.name, c.owner_id, c.team, FALSE, c.created_at,"
              + " FALSE, FALSE, "
              + codeMatch.formatted("c")
              + ", "
              + similarity.formatted("c")
              + " FROM customer c WHERE c.archived_at IS NULL AND ("
              + codeMatch.formatted("c")
              + " OR "
              + nameMatch.formatted("c")
              + ")");
    }
    if (phones || email) {
      parts.add(
          "SELECT 'CONTACT', ct.id, c.id, ct.name, c.name, c.owner_id, c.team, FALSE,"
              + " ct.created_at, "
              + phoneMatch.formatted("ct")
              + ", "
              + emailMatch.formatted("ct")
              + ", FALSE, 0 FROM contact ct JOIN customer c ON c.id = ct.customer_id"
              + " WHERE c.archived_at IS NULL AND ("
              + phoneMatch.formatted("ct")
              + " OR "
              + emailMatch.formatted("ct")
              + ")");
    }
    String sql =
        (company ? "WITH probe AS (SELECT crm_company_key(:company) AS k) " : "")
            + "SELECT * FROM ("
            + String.join(" UNION ALL ", parts)
            + ") found ORDER BY (phone_match OR email_match OR code_match) DESC, similarity DESC"
            + " LIMIT "
            + MAX_CANDIDATES;
    Query query =
        em.createNativeQuery(sql)
            .setParameter("excluded", excludedLead == null ? new UUID(0, 0) : excludedLead);
    if (phones) {
      query.setParameter(
          "phones",
          probe.phones().stream()
              .map(PhoneNumber::e164)
              .collect(Collectors.joining(",", "{", "}")));
    }
    if (email) {
      query.setParameter("email", probe.email().value());
    }
    if (code) {
      query.setParameter("code", probe.creditCode().value());
    }
    if (company) {
      query.setParameter("company", probe.company());
    }
    List<DuplicateCandidate> candidates = new ArrayList<>();
    for (Object row : query.getResultList()) {
      candidates.add(candidate((Object[]) row));
    }
    return candidates;
  }

  private static DuplicateCandidate candidate(Object[] row) {
    Set<MatchType> matched = EnumSet.noneOf(MatchType.class);
    if (Boolean.TRUE.equals(row[9])) {
      matched.add(MatchType.PHONE);
    }
    if (Boolean.TRUE.equals(row[10])) {
      matched.add(MatchType.EMAIL);
    }
    if (Boolean.TRUE.equals(row[11])) {
      matched.add(MatchType.CREDIT_CODE);
    }
    double similarity = ((Number) row[12]).doubleValue();
    if (similarity > 0) {
      matched.add(MatchType.SIMILAR_NAME);
    }
    return new DuplicateCandidate(
        PartyKind.valueOf((String) row[0]),
        (UUID) row[1],
        (UUID) row[2],
        (String) row[3],
        (String) row[4],
        row[5] == null ? null : new UserId((String) row[5]),
        row[6] == null ? null : new TeamId((String) row[6]),
        (Boolean) row[7],
        instant(row[8]),
        matched,
        Math.round(similarity * 100) / 100.0);
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((java.sql.Timestamp) value).toInstant();
  }
}
