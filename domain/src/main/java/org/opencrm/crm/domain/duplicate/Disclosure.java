package org.opencrm.crm.domain.duplicate;

/** How much of a duplicate candidate the caller may see. */
public enum Disclosure {
  /** Inside the caller's data scope: shown in full. */
  VISIBLE,
  /** Held by someone outside the caller's scope: only that it exists, its kind and since-date. */
  OWNED_BY_COLLEAGUE,
  /** A pooled lead: anyone may claim it, so its id is shown, but no contact data. */
  IN_POOL
}
