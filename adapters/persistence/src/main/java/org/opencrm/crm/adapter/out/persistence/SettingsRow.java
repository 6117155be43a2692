package org.opencrm.crm.adapter.out.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.opencrm.crm.domain.shared.VersionConflictException;

/**
 * The one row of a settings table (the pool policy, the scoring model), replaced with optimistic
 * versions. No row means the built-in default, which callers see as version 0; the row's own
 * version counts from 0, so callers see it plus one.
 */
public final class SettingsRow<E> {

  public static final short ID = 1;

  private final EntityManager em;
  private final Class<E> type;
  private final String kind;
  private final ToLongFunction<E> rowVersion;

  public SettingsRow(EntityManager em, Class<E> type, String kind, ToLongFunction<E> rowVersion) {
    this.em = em;
    this.type = type;
    this.kind = kind;
    this.rowVersion = rowVersion;
  }

  /** The row, or null while the default is in force. */
  public E find() {
    return em.find(type, ID);
  }

  /** The version callers see for the row (or the default when null). */
  public long versionOf(E row) {
    return row == null ? 0 : rowVersion.applyAsLong(row) + 1;
  }

  /** Replaces the row's content if it is still at {@code expectedVersion}; returns the row. */
  public E replace(long expectedVersion, Supplier<E> create, Consumer<E> fill) {
    E row = find();
    long current = versionOf(row);
    if (current != expectedVersion) {
      throw conflict(expectedVersion, current);
    }
    boolean first = row == null;
    if (first) {
      row = create.get();
    }
    fill.accept(row);
    if (first) {
      em.persist(row);
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw conflict(expectedVersion, expectedVersion + 1);
    } catch (PersistenceException e) {
      // Two first-time saves at once: the second finds the row taken.
      if (PersistenceErrors.violatedConstraint(e)
          .filter(name -> name.endsWith("_pkey"))
          .isPresent()) {
        throw conflict(expectedVersion, expectedVersion + 1);
      }
      throw e;
    }
    return row;
  }

  private VersionConflictException conflict(long expected, long actual) {
    return new VersionConflictException(kind, "in force", expected, actual);
  }
}
