package org.opencrm.crm.domain.shared;

/** The channel a lead or customer came from. */
public enum SourceChannel {
  WEB_FORM,
  IMPORT,
  CALL_CENTER,
  API,
  REFERRAL,
  EVENT,
  OTHER
}
