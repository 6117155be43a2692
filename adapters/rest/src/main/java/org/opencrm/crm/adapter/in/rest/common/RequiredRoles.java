package org.opencrm.crm.adapter.in.rest.common;

/**
 * Who may call an operation, published in the contract as {@code x-required-roles} (any one of the
 * roles suffices; {@link OpenApiContract} also writes them into the operation's description). They
 * restate the domain's permission rules (CustomerPermissions, LeadPermissions,
 * DirectoryPermissions); RequiredRolesTest calls every operation with every other role and expects
 * 403.
 */
public final class RequiredRoles {

  public static final String EXTENSION = "x-required-roles";

  /** Anyone signed in: what is answered depends on who asks. */
  public static final String ANYONE =
      "[\"admin\",\"manager\",\"sales\",\"service\",\"analyst\",\"integration\",\"events-reader\"]";

  /** CustomerPermissions.checkRead. */
  public static final String CUSTOMER_READERS = "[\"admin\",\"manager\",\"sales\",\"service\"]";

  /** CustomerPermissions.checkWrite. */
  public static final String CUSTOMER_WRITERS = "[\"admin\",\"manager\",\"sales\"]";

  /** LeadPermissions.checkWork: the reps and those who lead them. */
  public static final String LEAD_WORKERS = "[\"admin\",\"manager\",\"sales\"]";

  /** LeadPermissions.checkCapture: the reps and integration clients. */
  public static final String LEAD_CAPTURERS = "[\"admin\",\"manager\",\"sales\",\"integration\"]";

  /** ProductPermissions.checkRead: everyone who sells, serves or reports. */
  public static final String PRODUCT_READERS =
      "[\"admin\",\"manager\",\"sales\",\"service\",\"analyst\"]";

  /** DealPermissions.checkReadConfiguration: pipelines and lost reasons. */
  public static final String DEAL_CONFIGURATION_READERS =
      "[\"admin\",\"manager\",\"sales\",\"service\",\"analyst\"]";

  /** DealPermissions.checkRead. */
  public static final String OPPORTUNITY_READERS = "[\"admin\",\"manager\",\"sales\",\"service\"]";

  /** DealPermissions.checkWrite. */
  public static final String OPPORTUNITY_WRITERS = "[\"admin\",\"manager\",\"sales\"]";

  /** ContractPermissions.checkRead. */
  public static final String CONTRACT_READERS = "[\"admin\",\"manager\",\"sales\",\"service\"]";

  /** ContractPermissions.checkWrite. */
  public static final String CONTRACT_WRITERS = "[\"admin\",\"manager\",\"sales\"]";

  /** Managers and admins: hand records over, browse the directory, try out a pool policy. */
  public static final String MANAGERS = "[\"admin\",\"manager\"]";

  public static final String ADMINS = "[\"admin\"]";

  /** EventFeedPermissions.checkRead: admins and the clients granted the event feed. */
  public static final String EVENT_READERS = "[\"admin\",\"events-reader\"]";

  private RequiredRoles() {}
}
