package org.opencrm.crm.adapter.out.persistence.lead;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.opencrm.crm.application.scoring.port.out.LeadScores;

/** Leads' profiles in id-ordered batches, and their new scores written back in one JDBC batch. */
@ApplicationScoped
class LeadScoresAdapter implements LeadScores {

  private final LeadPanacheRepository rows;

  LeadScoresAdapter(LeadPanacheRepository rows) {
    this.rows = rows;
  }

  @Override
  public long count() {
    return rows.count();
  }

  @Override
  public List<Scorable> after(UUID afterId, int size) {
    return rows.getEntityManager()
        .createQuery(
            "SELECT l FROM LeadEntity l WHERE l.id > :after ORDER BY l.id", LeadEntity.class)
        .setParameter("after", afterId == null ? new UUID(0, 0) : afterId)
        .setMaxResults(size)
        .getResultStream()
        .map(entity -> new Scorable(entity.getId(), LeadEntityMapper.toDomain(entity).profile()))
        .toList();
  }

  @Override
  public void update(List<Scored> scores) {
    if (scores.isEmpty()) {
      return;
    }
    Session session = rows.getEntityManager().unwrap(Session.class);
    // The batch's entities were only read: drop them so no stale copy is flushed over the scores.
    session.clear();
    session.doWork(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement("UPDATE lead SET score = ?, grade = ? WHERE id = ?")) {
            for (Scored scored : scores) {
              update.setInt(1, scored.card().score());
              update.setString(2, scored.card().grade());
              update.setObject(3, scored.id());
              update.addBatch();
            }
            update.executeBatch();
          }
        });
  }
}
