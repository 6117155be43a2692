package org.opencrm.crm.application.pool.port.in;

/**
 * The scheduled side of the pool (自动回收): return held leads whose deadline passed, and warn owners a
 * day ahead. Each call is one batch in one transaction; callers repeat until it answers 0.
 */
public interface ReturnLeadsToPoolUseCase {

  /** Returns up to {@code batchSize} overdue leads; how many it returned. */
  int returnOverdue(int batchSize);

  /** Warns the owners of up to {@code batchSize} leads due within a day; how many it warned. */
  int warnOwners(int batchSize);
}
