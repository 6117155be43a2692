package org.opencrm.crm.domain.shared.history;

/**
 * One field's change: its name (dotted for nested parts), the value before and after (null = none).
 */
public record FieldChange(String field, String oldValue, String newValue) {}
