package org.opencrm.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.adapter.in.rest.common.ProblemCatalogue;

/**
 * Every problem code constant in the code base is in the catalogue, and the catalogue is in the
 * committed contract: integrators see each code the API can answer.
 */
class ProblemCodesTest {

  private static final Pattern CODE = Pattern.compile("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*");

  private static Set<String> codeConstants() throws Exception {
    Set<String> codes = new TreeSet<>();
    for (JavaClass javaClass :
        new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            // Codes are answered by the domain, the use cases and the adapters; bootstrap holds
            // configuration, whose keys and file names may look like codes.
            .importPackages(
                "org.opencrm.crm.domain",
                "org.opencrm.crm.application",
                "org.opencrm.crm.adapter")) {
      Class<?> type =
          Class.forName(javaClass.getName(), false, ProblemCodesTest.class.getClassLoader());
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            && Modifier.isFinal(modifiers)
            && field.getType() == String.class
            && field.getName().equals(field.getName().toUpperCase())) {
          field.setAccessible(true);
          String value = (String) field.get(null);
          if (value != null && CODE.matcher(value).matches()) {
            codes.add(value);
          }
        }
      }
    }
    return codes;
  }

  @Test
  void everyCodeConstant_isCatalogued() throws Exception {
    Set<String> codes = codeConstants();
    assertThat(codes).hasSizeGreaterThan(15);
    assertThat(ProblemCatalogue.codes().keySet()).containsAll(codes);
  }

  @Test
  void everyCataloguedCode_isInThePublishedContract() throws Exception {
    String contract = Files.readString(Path.of("..", "openapi", "openapi.yaml"));
    assertThat(ProblemCatalogue.codes().keySet())
        .allSatisfy(code -> assertThat(contract).contains("`" + code + "`"));
  }
}
