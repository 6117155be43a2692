package org.opencrm.crm.domain.customer;

/** Whether the customer needs what we sell: now (目标), later (潜在), or never (无效). */
public enum DemandStatus {
  TARGET,
  POTENTIAL,
  DEAD
}
