package org.opencrm.crm.domain.customer;

import static org.opencrm.crm.domain.shared.history.AuditStates.put;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.opencrm.crm.domain.shared.PhoneNumber;
import org.opencrm.crm.domain.shared.RecordNotFoundException;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.VersionConflictException;
import org.opencrm.crm.domain.shared.event.EventSource;
import org.opencrm.crm.domain.shared.event.EventTrail;
import org.opencrm.crm.domain.shared.event.RecordedChanges;

/**
 * A company or person we sell to (客户), owned by one rep of a team, with its contacts (联系人).
 *
 * <p>Invariants: an archived customer does not change; at most one contact is primary, and the
 * first contact added is primary; every change moves {@code updatedAt} and records a {@link
 * CustomerEvent}.
 */
public final class Customer implements EventSource {

  public static final String ARCHIVED = "customer.archived";

  private final CustomerId id;
  private CustomerProfile profile;
  private UserId owner;
  private TeamId team;
  private final List<Contact> contacts;
  private final Instant createdAt;
  private Instant updatedAt;
  private Instant archivedAt;
  private final long version;
  private final EventTrail trail =
      new EventTrail(field -> CustomerEvent.isPersonal(field, profile.kind()));

  private Customer(
      CustomerId id,
      CustomerProfile profile,
      UserId owner,
      TeamId team,
      List<Contact> contacts,
      Instant createdAt,
      Instant updatedAt,
      Instant archivedAt,
      long version) {
    this.id = Objects.requireNonNull(id);
    this.profile = Objects.requireNonNull(profile);
    this.owner = Objects.requireNonNull(owner);
    this.team = team;
    this.contacts = new ArrayList<>(contacts);
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.archivedAt = archivedAt;
    this.version = version;
  }

  public static Customer create(CustomerProfile profile, UserId owner, TeamId team, Instant now) {
    return create(profile, owner, team, null, now);
  }

  /** The customer a lead became when it was converted (转化). */
  public static Customer convertedFrom(
      UUID lead, CustomerProfile profile, UserId owner, TeamId team, Instant now) {
    return create(profile, owner, team, Objects.requireNonNull(lead), now);
  }

  private static Customer create(
      CustomerProfile profile, UserId owner, TeamId team, UUID lead, Instant now) {
    Customer customer =
        new Customer(CustomerId.newId(), profile, owner, team, List.of(), now, now, null, 0);
    customer.trail.record(
        customer.trail.beginCreation(),
        customer,
        changes -> new CustomerEvent.Created(customer.id, owner, team, lead, now, changes));
    return customer;
  }

  public static Customer restore(
      CustomerId id,
      CustomerProfile profile,
      UserId owner,
      TeamId team,
      List<Contact> contacts,
      Instant createdAt,
      Instant updatedAt,
      Instant archivedAt,
      long version) {
    return new Customer(
        id, profile, owner, team, contacts, createdAt, updatedAt, archivedAt, version);
  }

  /** Rejects a change made against a version the caller read before someone else's change. */
  public void checkVersion(long expected) {
    if (expected != version) {
      throw new VersionConflictException("customer", id, expected, version);
    }
  }

  public void revise(CustomerProfile newProfile, Instant now) {
    ensureActive();
    if (!newProfile.equals(profile)) {
      var before = trail.begin(this);
      profile = newProfile;
      updatedAt = now;
      trail.record(before, this, changes -> new CustomerEvent.Updated(id, now, changes));
    }
  }

  /** Hands the customer to another rep (and team); who may do so is {@link OwnerChangeRule}'s. */
  public void transferTo(UserId newOwner, TeamId newTeam, Instant now) {
    ensureActive();
    if (!newOwner.equals(owner) || !Objects.equals(newTeam, team)) {
      var before = trail.begin(this);
      UserId previousOwner = owner;
      owner = newOwner;
      team = newTeam;
      updatedAt = now;
      trail.record(
          before,
          this,
          changes ->
              new CustomerEvent.Transferred(id, newOwner, newTeam, previousOwner, now, changes));
    }
  }

  /** Soft delete: archived customers leave lists and stop changing, but their records stay. */
  public void archive(Instant now) {
    ensureActive();
    var before = trail.begin(this);
    archivedAt = now;
    updatedAt = now;
    trail.record(before, this, changes -> new CustomerEvent.Archived(id, now, changes));
  }

  public Contact addContact(ContactDetails details, Instant now) {
    return addContact(details, null, now);
  }

  /** The contact a converted lead brings along: its person, phones and e-mail. */
  public Contact addContactFromLead(UUID lead, ContactDetails details, Instant now) {
    return addContact(details, Objects.requireNonNull(lead), now);
  }

  private Contact addContact(ContactDetails details, UUID lead, Instant now) {
    ensureActive();
    var before = trail.begin(this);
    boolean primary = details.primary() || contacts.isEmpty();
    if (primary) {
      demotePrimaryContacts(now);
    }
    Contact contact = Contact.create(details.asPrimary(primary), now);
    contacts.add(contact);
    updatedAt = now;
    trail.record(
        before,
        this,
        changes -> new CustomerEvent.ContactAdded(id, contact.id(), lead, now, changes));
    return contact;
  }

  public Contact reviseContact(
      ContactId contactId, long expectedVersion, ContactDetails details, Instant now) {
    ensureActive();
    Contact contact = contact(contactId);
    contact.checkVersion(expectedVersion);
    var before = trail.begin(this);
    if (details.primary() && !contact.isPrimary()) {
      demotePrimaryContacts(now);
    }
    contact.revise(details, now);
    updatedAt = now;
    trail.record(
        before, this, changes -> new CustomerEvent.ContactUpdated(id, contactId, now, changes));
    return contact;
  }

  public void removeContact(ContactId contactId, long expectedVersion, Instant now) {
    ensureActive();
    Contact contact = contact(contactId);
    contact.checkVersion(expectedVersion);
    var before = trail.begin(this);
    contacts.remove(contact);
    if (contact.isPrimary() && !contacts.isEmpty()) {
      Contact successor = contacts.get(0);
      successor.revise(successor.details().asPrimary(true), now);
    }
    updatedAt = now;
    trail.record(
        before, this, changes -> new CustomerEvent.ContactRemoved(id, contactId, now, changes));
  }

  public Contact contact(ContactId contactId) {
    return contacts.stream()
        .filter(c -> c.id().equals(contactId))
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("contact", contactId));
  }

  private void demotePrimaryContacts(Instant now) {
    for (Contact other : contacts) {
      if (other.isPrimary()) {
        other.revise(other.details().asPrimary(false), now);
      }
    }
  }

  private void ensureActive() {
    if (archivedAt != null) {
      throw new RuleViolationException(ARCHIVED, "The customer " + id + " is archived");
    }
  }

  @Override
  public RecordedChanges takeRecordedChanges() {
    return trail.take();
  }

  @Override
  public SortedMap<String, String> auditState() {
    SortedMap<String, String> state = new TreeMap<>();
    put(state, "name", profile.name());
    put(state, "kind", profile.kind());
    put(state, "industry", profile.industry());
    put(state, "sizeBand", profile.sizeBand());
    put(state, "region.province", profile.region().province());
    put(state, "region.city", profile.region().city());
    put(state, "sourceChannel", profile.sourceChannel());
    put(
        state,
        "tags",
        profile.tags().values().isEmpty() ? null : String.join(",", profile.tags().values()));
    put(state, "importance", profile.importance());
    put(state, "demandStatus", profile.demandStatus());
    put(state, "notes", profile.notes());
    put(state, "unifiedSocialCreditCode", profile.creditCode());
    put(state, "ownerId", owner);
    put(state, "team", team);
    put(state, "archivedAt", archivedAt);
    for (Contact contact : contacts) {
      String prefix = "contacts." + contact.id() + ".";
      ContactDetails details = contact.details();
      put(state, prefix + "name", details.name());
      put(state, prefix + "title", details.title());
      put(
          state,
          prefix + "phones",
          details.phones().isEmpty()
              ? null
              : details.phones().stream().map(PhoneNumber::e164).collect(Collectors.joining(",")));
      put(state, prefix + "email", details.email() == null ? null : details.email());
      put(state, prefix + "primary", details.primary());
      put(state, prefix + "marketingConsent", details.marketingConsent());
    }
    return state;
  }

  public CustomerId id() {
    return id;
  }

  public CustomerProfile profile() {
    return profile;
  }

  public UserId owner() {
    return owner;
  }

  public TeamId team() {
    return team;
  }

  public List<Contact> contacts() {
    return List.copyOf(contacts);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant archivedAt() {
    return archivedAt;
  }

  public boolean isArchived() {
    return archivedAt != null;
  }

  public long version() {
    return version;
  }
}
