package org.opencrm.crm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opencrm.crm.adapter.out.persistence.KeysetCursor;
import org.opencrm.crm.adapter.out.persistence.KeysetPage;
import org.opencrm.crm.application.event.port.out.ChangeJournal;
import org.opencrm.crm.application.event.service.ChangePublisher;
import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.DomainException;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.event.EventSource;
import org.opencrm.crm.domain.shared.history.ChangeRecord;

/**
 * The hexagon's dependency rule and the conventions that keep it readable, checked on every build.
 */
@AnalyzeClasses(packages = "org.opencrm.crm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String BASE = "org.opencrm.crm";

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Domain")
          .definedBy(BASE + ".domain..")
          .layer("Application")
          .definedBy(BASE + ".application..")
          .layer("Rest")
          .definedBy(BASE + ".adapter.in.rest..")
          .layer("Persistence")
          .definedBy(BASE + ".adapter.out.persistence..")
          .layer("Bootstrap")
          .definedBy(BASE + ".bootstrap..")
          .whereLayer("Bootstrap")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Rest")
          .mayOnlyBeAccessedByLayers("Bootstrap")
          .whereLayer("Persistence")
          .mayOnlyBeAccessedByLayers("Bootstrap")
          .whereLayer("Application")
          .mayOnlyBeAccessedByLayers("Rest", "Persistence", "Bootstrap")
          .because("dependencies point inwards: bootstrap -> adapters -> application -> domain");

  @ArchTest
  static final ArchRule domainUsesTheJdkOnly =
      classes()
          .that()
          .resideInAPackage(BASE + ".domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(BASE + ".domain..", "java..", "com.google.i18n.phonenumbers..")
          .because(
              "the domain is plain Java (libphonenumber is the one justified library, see README)");

  @ArchTest
  static final ArchRule applicationKnowsNoFramework =
      noClasses()
          .that()
          .resideInAPackage(BASE + ".application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.quarkus..",
              "org.hibernate..",
              "jakarta.persistence..",
              "jakarta.ws.rs..",
              "com.fasterxml..",
              "org.mapstruct..",
              "org.eclipse.microprofile..")
          .because("use cases depend on the domain and the transaction/CDI specs only");

  @ArchTest
  static final ArchRule frameworksStayInAdapters =
      noClasses()
          .that()
          .resideOutsideOfPackages(BASE + ".adapter..", BASE + ".bootstrap..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.mapstruct..", "io.quarkus.hibernate..", "jakarta.persistence..")
          .because("mapping and persistence frameworks are adapter details");

  @ArchTest
  static final ArchRule entitiesLiveInPersistence =
      classes()
          .that()
          .areAnnotatedWith(Entity.class)
          .should()
          .resideInAPackage(BASE + ".adapter.out.persistence..")
          .andShould()
          .haveSimpleNameEndingWith("Entity")
          .because("JPA entities are the persistence adapter's rows, not the domain");

  @ArchTest
  static final ArchRule inboundPortsAreInterfacesOrRecords =
      classes()
          .that()
          .resideInAPackage(BASE + ".application..port.in..")
          .and()
          .areInterfaces()
          .should()
          .haveSimpleNameEndingWith("UseCase")
          .orShould()
          .haveSimpleNameEndingWith("Queries")
          .because("an inbound port names a use case or a group of reads");

  @ArchTest
  static final ArchRule useCaseImplementationsAreTransactionalServices =
      classes()
          .that()
          .implement(
              com.tngtech.archunit.base.DescribedPredicate.describe(
                  "an inbound port",
                  (com.tngtech.archunit.core.domain.JavaClass c) ->
                      c.getPackageName().startsWith(BASE + ".application.")
                          && c.getPackageName().endsWith(".port.in")
                          && c.isInterface()))
          .should()
          .resideInAPackage(BASE + ".application..service..")
          .andShould()
          .haveSimpleNameEndingWith("Service")
          .andShould()
          .beAnnotatedWith(Transactional.class)
          .andShould()
          .beAnnotatedWith(ApplicationScoped.class)
          .because("the use case is the transaction boundary");

  /**
   * The application is organised by feature ({@code application.customer}, {@code .lead}, …), each
   * with its inbound ports, outbound ports and services; shapes both sides use (views, filters,
   * sorts) sit in the feature's own package, paging in {@code application.shared}.
   */
  @ArchTest
  static final ArchRule applicationIsOrganisedByFeature =
      classes()
          .that()
          .resideInAPackage(BASE + ".application..")
          .should()
          .resideInAPackage(BASE + ".application.(*)..")
          .andShould()
          .resideOutsideOfPackages(BASE + ".application.port..", BASE + ".application.service..")
          .because("a feature's ports and services live together");

  @ArchTest
  static final ArchRule outboundPortsDoNotUseInboundTypes =
      noClasses()
          .that()
          .resideInAPackage(BASE + ".application..port.out..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(BASE + ".application..port.in..")
          .because(
              "what storage answers is a feature's own shape (view, filter), not a use case's"
                  + " command");

  @ArchTest
  static final ArchRule domainExceptionsShareTheBase =
      classes()
          .that()
          .resideInAPackage(BASE + ".domain..")
          .and()
          .areAssignableTo(RuntimeException.class)
          .should()
          .beAssignableTo(DomainException.class)
          .because("every domain failure carries a stable code for the API");

  /**
   * Who may do what is decided in the domain, in one {@code <Feature>Permissions} (or rule) class
   * per feature: a service or adapter never builds the refusal itself.
   */
  @ArchTest
  static final ArchRule roleChecksLiveInTheDomain =
      noClasses()
          .that()
          .resideOutsideOfPackage(BASE + ".domain..")
          .should()
          .callConstructor(AccessDeniedException.class, String.class, String.class)
          .because("a role check written in a service is the one the contract's roles forget");

  /**
   * Aggregates are written through their audited save, which derives the history entry, the
   * outbox's events and the ownership ledger from the events they recorded; a save around it would
   * change a record and publish nothing.
   */
  @ArchTest
  static final ArchRule aggregatesAreSavedWithTheirEvents =
      noClasses()
          .that()
          .resideInAnyPackage(
              BASE + ".application..", BASE + ".adapter.in..", BASE + ".bootstrap..")
          .and()
          .resideOutsideOfPackage(BASE + ".application.portcontract..")
          .and()
          .resideOutsideOfPackage(BASE + ".application.fakes..")
          .and()
          .haveSimpleNameNotStartingWith("Audited")
          .should()
          .callMethodWhere(
              DescribedPredicate.describe(
                  "a repository's save or add of an aggregate that records events",
                  call ->
                      (call.getName().equals("save") || call.getName().equals("add"))
                          && call.getTargetOwner().getSimpleName().endsWith("Repository")
                          && call.getTarget().getRawParameterTypes().stream()
                              .anyMatch(type -> type.isAssignableTo(EventSource.class))))
          .because("only the audited saves turn an aggregate's events into history and outbox");

  /** Every list pages through KeysetPage: one way to read a cursor and cut the extra row. */
  @ArchTest
  static final ArchRule listsPageThroughKeysetPage =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(KeysetPage.class.getName())
          .should()
          .callMethod(KeysetCursor.class, "decode", String.class, String.class)
          .because("a hand-written keyset loop is where an off-by-one cursor hides");

  /** The history and the outbox are written from domain events, in one place. */
  @ArchTest
  static final ArchRule historyAndOutboxAreWrittenFromEvents =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(ChangePublisher.class.getName())
          .should()
          .callMethod(ChangeJournal.class, "write", ChangeRecord.class, List.class)
          .because("a side write restated by hand is the one a new use case forgets");

  @ArchTest
  static final ArchRule domainHasNoCycles =
      slices().matching(BASE + ".domain.(*)..").should().beFreeOfCycles();

  /**
   * A query of owned records takes its scope condition from {@code ScopeCondition}: a second
   * translation of the scope (an {@code instanceof} on its kinds, a filter after loading) is how a
   * list once leaked records another query hid.
   */
  @ArchTest
  static final ArchRule dataScopeIsTranslatedOnce =
      noClasses()
          .that()
          .resideInAPackage(BASE + ".adapter..")
          .and()
          .doNotHaveFullyQualifiedName(BASE + ".adapter.out.persistence.ScopeCondition")
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "are kinds of DataScope",
                  (JavaClass c) ->
                      c.isAssignableTo(DataScope.class) && !c.isEquivalentTo(DataScope.class)))
          .orShould()
          .callMethod(DataScope.class, "includes", UserId.class, TeamId.class)
          .because("ScopeCondition is the one translation of the data scope into a query");

  /** A REST slice (customer, lead, …) uses only its own classes and the shared {@code common}. */
  @ArchTest
  static final ArchRule restSlicesShareOnlyCommon =
      slices()
          .matching(BASE + ".adapter.in.rest.(*)..")
          .should()
          .notDependOnEachOther()
          .ignoreDependency(
              DescribedPredicate.alwaysTrue(),
              JavaClass.Predicates.resideInAPackage(BASE + ".adapter.in.rest.common.."))
          .because("shared shapes live in common; a slice never reaches into another one's DTOs");

  @ArchTest
  static final ArchRule adaptersDoNotUseEachOther =
      slices()
          .matching(BASE + ".adapter.(*).(*)..")
          .should()
          .notDependOnEachOther()
          .because("adapters meet only through the application's ports");
}
