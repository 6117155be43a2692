package org.opencrm.crm.domain.followup;

/** How the rep was in touch. */
public enum FollowUpType {
  CALL,
  VISIT,
  EMAIL,
  MEETING,
  MESSAGE,
  OTHER
}
