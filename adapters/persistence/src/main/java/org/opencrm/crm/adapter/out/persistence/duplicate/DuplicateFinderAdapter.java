package org.opencrm.crm.adapter.out.persistence.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.opencrm.crm.adapter.out.persistence.NativeValues;
import org.opencrm.crm.application.duplicate.DuplicateProbe;
import org.opencrm.crm.application.duplicate.port.out.DuplicateFinder;
import org.opencrm.crm.domain.duplicate.DuplicateCandidate;
import org.opencrm.crm.domain.duplicate.MatchType;
import org.opencrm.crm.domain.duplicate.PartyKind;
import org.opencrm.crm.domain.shared.PhoneNumber;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/**
 * 查重 in one statement over open leads, active customers and their contacts. Exact matches (phone,
 * e-mail, credit code) and similar company keys are separate branches, each served by its index
 * (GIN on phone arrays, B-tree on e-mail and credit code, trigram GIN on the stored {@code
 * crm_company_key}) and each bounded, so that a name shared by thousands of records costs no more
 * than one shared by a few. A record found by several branches is merged here. The similarity
 * threshold of {@code %} is set once per connection ({@code crm.duplicates.company-similarity-
 * threshold}, see application.properties), which saves a round trip per check.
 */
@ApplicationScoped
class DuplicateFinderAdapter implements DuplicateFinder {

  /** Per branch: enough to show the caller that, and which, parties exist. */
  private static final int PER_BRANCH = 20;

  private static final String LEAD_COLUMNS =
      "'LEAD' AS kind, l.id, CAST(NULL AS uuid) AS customer_id, l.person_name AS name,"
          + " l.company, l.owner_id, l.team, l.status = 'POOL' AS pooled,"
          + " COALESCE(l.held_since, l.created_at) AS since";
  private static final String CUSTOMER_COLUMNS =
      "'CUSTOMER' AS kind, c.id, c.id AS customer_id, c.name, c.name AS company, c.owner_id,"
          + " c.team, FALSE AS pooled, c.created_at AS since";
  private static final String NO_EXACT_MATCH =
      "FALSE AS phone_match, FALSE AS email_match, FALSE AS code_match";
  private static final String OPEN_LEADS =
      " FROM lead l WHERE l.status IN ('POOL', 'OWNED') AND l.id <> :excluded AND ";

  private final EntityManager em;

  DuplicateFinderAdapter(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<DuplicateCandidate> find(DuplicateProbe probe, UUID excludedLead) {
    boolean phones = !probe.phones().isEmpty();
    boolean email = probe.email() != null;
    boolean code = probe.creditCode() != null;
    boolean company = probe.company() != null;
    String phoneMatch = phones ? "%1$s.phones && CAST(:phones AS text[])" : "FALSE";
    String emailMatch = email ? "%1$s.email = :email" : "FALSE";
    String codeMatch = code ? "%1$s.credit_code = :code" : "FALSE";
    String exactLead =
        String.join(" OR ", List.of(phoneMatch, emailMatch, codeMatch)).formatted("l");

    List<String> branches = new ArrayList<>();
    if (phones || email || code) {
      branches.add(
          "SELECT "
              + LEAD_COLUMNS
              + ", "
              + phoneMatch.formatted("l")
              + " AS phone_match, "
              + emailMatch.formatted("l")
              + " AS email_match, "
              + codeMatch.formatted("l")
              + " AS code_match, CAST(0 AS real) AS similarity"
              + OPEN_LEADS
              + "("
              + exactLead
              + ")");
    }
    if (company) {
      branches.add(
          "SELECT "
              + LEAD_COLUMNS
              + ", "
              + NO_EXACT_MATCH
              + ", similarity(l.company_key, (SELECT k FROM probe)) AS similarity"
              + OPEN_LEADS
              + "l.company_key % (SELECT k FROM probe)");
      branches.add(
          "SELECT "
              + CUSTOMER_COLUMNS
              + ", "
              + NO_EXACT_MATCH
              + ", similarity(c.company_key, (SELECT k FROM probe)) AS similarity"
              + " FROM customer c WHERE c.archived_at IS NULL"
              + " AND c.company_key % (SELECT k FROM probe)");
    }
    if (code) {
      branches.add(
          "SELECT "
              + CUSTOMER_COLUMNS
              + ", FALSE AS phone_match, FALSE AS email_match, TRUE AS code_match,"
              + " CAST(0 AS real) AS similarity FROM customer c WHERE c.archived_at IS NULL AND c.credit_code = :code");
    }
    if (phones || email) {
      branches.add(
          "SELECT 'CONTACT' AS kind, ct.id, c.id AS customer_id, ct.name, c.name AS company,"
              + " c.owner_id, c.team, FALSE AS pooled, ct.created_at AS since, "
              + phoneMatch.formatted("ct")
              + " AS phone_match, "
              + emailMatch.formatted("ct")
              + " AS email_match, FALSE AS code_match, CAST(0 AS real) AS similarity"
              + " FROM contact ct"
              // The planner cannot know how rare a phone is (no statistics for unique values) and
              // would hash-join the whole customer table; the customer is looked up per contact.
              + " CROSS JOIN LATERAL (SELECT c.id, c.name, c.owner_id, c.team FROM customer c"
              + " WHERE c.id = ct.customer_id AND c.archived_at IS NULL OFFSET 0) c"
              + " WHERE "
              + phoneMatch.formatted("ct")
              + " OR "
              + emailMatch.formatted("ct"));
    }
    if (branches.isEmpty()) {
      return List.of();
    }
    // Each branch a materialised CTE read with a LIMIT: planned without the limit (which would make
    // a sequential scan look cheap, the selectivity of % being a constant guess), yet read lazily,
    // so a branch stops fetching rows once it has enough.
    List<String> ctes = new ArrayList<>();
    if (company) {
      ctes.add("probe AS (SELECT crm_company_key(:company) AS k)");
    }
    List<String> reads = new ArrayList<>();
    for (int i = 0; i < branches.size(); i++) {
      ctes.add("branch" + i + " AS MATERIALIZED (" + branches.get(i) + ")");
      reads.add("(SELECT * FROM branch" + i + " LIMIT " + PER_BRANCH + ")");
    }
    String sql = "WITH " + String.join(", ", ctes) + " " + String.join(" UNION ALL ", reads);
    // Every branch names its columns alike, so the rows are read by name whichever comes first.
    Query query = em.createNativeQuery(sql, Tuple.class);
    if (sql.contains(":excluded")) {
      query.setParameter("excluded", excludedLead == null ? new UUID(0, 0) : excludedLead);
    }
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
    Map<String, DuplicateCandidate> found = new LinkedHashMap<>();
    for (Object row : query.getResultList()) {
      DuplicateCandidate candidate = candidate((Tuple) row);
      found.merge(
          candidate.kind() + ":" + candidate.id(), candidate, DuplicateFinderAdapter::merge);
    }
    return List.copyOf(found.values());
  }

  /** The same record found by two branches: one candidate with both matches. */
  private static DuplicateCandidate merge(DuplicateCandidate a, DuplicateCandidate b) {
    Set<MatchType> matched = EnumSet.noneOf(MatchType.class);
    matched.addAll(a.matchedOn());
    matched.addAll(b.matchedOn());
    return new DuplicateCandidate(
        a.kind(),
        a.id(),
        a.customerId(),
        a.name(),
        a.company(),
        a.owner(),
        a.team(),
        a.pooled(),
        a.since(),
        matched,
        Math.max(a.similarity(), b.similarity()));
  }

  private static DuplicateCandidate candidate(Tuple row) {
    Set<MatchType> matched = EnumSet.noneOf(MatchType.class);
    if (Boolean.TRUE.equals(row.get("phone_match"))) {
      matched.add(MatchType.PHONE);
    }
    if (Boolean.TRUE.equals(row.get("email_match"))) {
      matched.add(MatchType.EMAIL);
    }
    if (Boolean.TRUE.equals(row.get("code_match"))) {
      matched.add(MatchType.CREDIT_CODE);
    }
    double similarity = ((Number) row.get("similarity")).doubleValue();
    if (similarity > 0) {
      matched.add(MatchType.SIMILAR_NAME);
    }
    String owner = (String) row.get("owner_id");
    String team = (String) row.get("team");
    return new DuplicateCandidate(
        PartyKind.valueOf((String) row.get("kind")),
        (UUID) row.get("id"),
        (UUID) row.get("customer_id"),
        (String) row.get("name"),
        (String) row.get("company"),
        owner == null ? null : new UserId(owner),
        team == null ? null : new TeamId(team),
        (Boolean) row.get("pooled"),
        NativeValues.instant(row.get("since")),
        matched,
        Math.round(similarity * 100) / 100.0);
  }
}
