package org.opencrm.crm.application.shared;

/**
 * One field of a merge patch (RFC 7396): absent (leave as is), or present with a new value, where
 * null means "clear it".
 */
public record PatchField<T>(boolean present, T value) {

  private static final PatchField<?> ABSENT = new PatchField<>(false, null);

  @SuppressWarnings("unchecked")
  public static <T> PatchField<T> absent() {
    return (PatchField<T>) ABSENT;
  }

  public static <T> PatchField<T> of(T value) {
    return new PatchField<>(true, value);
  }

  public T orElse(T current) {
    return present ? value : current;
  }
}
