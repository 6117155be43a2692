package org.opencrm.crm.application.contract.port.out;

/**
 * Hands out the sequence numbers of contract numbers, per period, without gaps: a number drawn in a
 * transaction that rolls back is drawn again by the next one, and two at once never draw the same.
 */
public interface ContractNumbers {

  /** The next sequence of the period (from 1), inside the caller's transaction. */
  long next(String period);
}
