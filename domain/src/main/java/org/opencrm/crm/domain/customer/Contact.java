package org.opencrm.crm.domain.customer;

import java.time.Instant;
import org.opencrm.crm.domain.shared.VersionConflictException;

/** A person at a customer (联系人); part of the {@link Customer} aggregate. */
public final class Contact {

  private final ContactId id;
  private ContactDetails details;
  private final Instant createdAt;
  private Instant updatedAt;
  private final long version;

  private Contact(
      ContactId id, ContactDetails details, Instant createdAt, Instant updatedAt, long version) {
    this.id = id;
    this.details = details;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.version = version;
  }

  static Contact create(ContactDetails details, Instant now) {
    return new Contact(ContactId.newId(), details, now, now, 0);
  }

  public static Contact restore(
      ContactId id, ContactDetails details, Instant createdAt, Instant updatedAt, long version) {
    return new Contact(id, details, createdAt, updatedAt, version);
  }

  void revise(ContactDetails newDetails, Instant now) {
    if (!newDetails.equals(details)) {
      details = newDetails;
      updatedAt = now;
    }
  }

  void checkVersion(long expected) {
    if (expected != version) {
      throw new VersionConflictException("contact", id, expected, version);
    }
  }

  public ContactId id() {
    return id;
  }

  public ContactDetails details() {
    return details;
  }

  public boolean isPrimary() {
    return details.primary();
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
