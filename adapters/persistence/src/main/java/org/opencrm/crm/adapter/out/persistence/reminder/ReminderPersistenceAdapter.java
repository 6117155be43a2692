package org.opencrm.crm.adapter.out.persistence.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.opencrm.crm.application.pool.port.out.ReminderStore;
import org.opencrm.crm.domain.reminder.Reminder;

/**
 * Reminders, stored once per kind, subject and due instant (the unique key makes it idempotent).
 */
@ApplicationScoped
class ReminderPersistenceAdapter implements ReminderStore {

  private final EntityManager em;

  ReminderPersistenceAdapter(EntityManager em) {
    this.em = em;
  }

  @Override
  public void addOnce(Reminder reminder) {
    em.createNativeQuery(
            "INSERT INTO reminder (id, recipient_id, kind, subject_type, subject_id, due_at,"
                + " message, created_at, updated_at, version)"
                + " VALUES (:id, :recipient, :kind, :subjectType, :subjectId, :due, :message,"
                + " :now, :now, 0) ON CONFLICT ON CONSTRAINT reminder_once DO NOTHING")
        .setParameter("id", reminder.id())
        .setParameter("recipient", reminder.recipient().value())
        .setParameter("kind", reminder.kind().name())
        .setParameter("subjectType", reminder.subjectType())
        .setParameter("subjectId", reminder.subjectId())
        .setParameter("due", reminder.dueAt())
        .setParameter("message", reminder.message())
        .setParameter("now", reminder.createdAt())
        .executeUpdate();
  }
}
