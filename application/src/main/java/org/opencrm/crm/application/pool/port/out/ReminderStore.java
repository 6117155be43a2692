package org.opencrm.crm.application.pool.port.out;

import org.opencrm.crm.domain.reminder.Reminder;

/** Keeps reminders for the people they are due to. */
public interface ReminderStore {

  /** Stores the reminder unless one of the same kind, subject and due instant exists. */
  void addOnce(Reminder reminder);
}
