package org.opencrm.crm.domain.shared;

/** Who acted, as the change history reports it. */
public enum ActorKind {
  USER,
  INTEGRATION,
  /** The service's own scheduled jobs (auto-return, reminders, segmentation). */
  SYSTEM
}
