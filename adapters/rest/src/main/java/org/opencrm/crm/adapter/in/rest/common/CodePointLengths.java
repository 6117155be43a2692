package org.opencrm.crm.adapter.in.rest.common;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * The contract's lengths count characters (code points), as the domain's text rules do: a name of
 * emoji or rare CJK characters outside the basic plane is as long as it looks, not twice as long
 * (Java strings count UTF-16 units). {@code @Size} on strings is checked that way; collections keep
 * the standard validators (a String validator is more specific than CharSequence's).
 */
@ApplicationScoped
class CodePointLengths implements ValidatorFactoryCustomizer {

  @Override
  public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping
        .constraintDefinition(Size.class)
        .includeExistingValidators(true)
        .validatedBy(SizeInCodePoints.class);
    configuration.addMapping(mapping);
  }

  /** {@code @Size} of a string, in code points. */
  public static class SizeInCodePoints implements ConstraintValidator<Size, String> {

    private int min;
    private int max;

    @Override
    public void initialize(Size size) {
      min = size.min();
      max = size.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      int length = value.codePointCount(0, value.length());
      return length >= min && length <= max;
    }
  }
}
