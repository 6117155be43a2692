package org.opencrm.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.application.pipeline.port.out.PipelineRepository;
import org.opencrm.crm.domain.deal.Pipeline;
import org.opencrm.crm.domain.deal.Stage;
import org.opencrm.crm.domain.deal.StageId;
import org.opencrm.crm.domain.shared.DuplicateDetectedException;
import org.opencrm.crm.domain.shared.VersionConflictException;
import org.opencrm.crm.support.CrmTestResources;

/** Pipelines on PostgreSQL: the seeded standard one, stage ids through revisions, versions. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class PostgresPipelineRepositoryTest {

  static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

  @Inject PipelineRepository pipelines;

  @Test
  void theMigrationSeedsTheStandardPipeline_exactlyAsTheDomainDefinesIt() {
    Pipeline seeded = pipelines.find(Pipeline.STANDARD).orElseThrow();
    assertThat(seeded.name()).isEqualTo("Standard");
    assertThat(seeded.stages()).isEqualTo(Pipeline.standard(T0).stages());
  }

  /** The standard stages under new ids (a stage belongs to one pipeline). */
  private static List<Stage> freshStages() {
    return Pipeline.standard(T0).stages().stream()
        .map(
            s ->
                new Stage(
                    StageId.newId(),
                    s.name(),
                    s.probability(),
                    s.outcome(),
                    s.requiredToEnter(),
                    s.commit()))
        .toList();
  }

  @Test
  void aRevisedPipeline_keepsItsStagesIds_storesTheNewOrder_andChecksItsVersion() {
    String name = "Repo " + UUID.randomUUID();
    Pipeline added =
        QuarkusTransaction.requiringNew()
            .call(() -> pipelines.add(Pipeline.create(name, freshStages(), T0)));
    List<Stage> reordered = new ArrayList<>(added.stages());
    reordered.add(0, reordered.remove(1));
    reordered.remove(2);
    added.revise(name + " v2", reordered, Map.of(), T0.plusSeconds(60));
    Pipeline saved = QuarkusTransaction.requiringNew().call(() -> pipelines.save(added));

    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.name()).isEqualTo(name + " v2");
    assertThat(saved.stages()).isEqualTo(reordered);
    assertThat(pipelines.find(added.id()).orElseThrow().stages()).isEqualTo(reordered);

    assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> pipelines.save(added)))
        .isInstanceOf(VersionConflictException.class);
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(
                        () ->
                            pipelines.add(
                                Pipeline.create(name.toUpperCase() + " V2", reordered, T0))))
        .isInstanceOf(DuplicateDetectedException.class);
  }

  @Test
  void
      pipelinesKeptInMemory_showTheCommittedRevisionAtOnce_andNeverOneRolledBackOrChangedInPlace() {
    String name = "Kept " + UUID.randomUUID();
    Pipeline added =
        QuarkusTransaction.requiringNew()
            .call(() -> pipelines.add(Pipeline.create(name, freshStages(), T0)));
    Pipeline read = pipelines.find(added.id()).orElseThrow();
    List<Stage> original = read.stages();

    // Changed in place by a use case that then fails: the next read is as stored.
    read.revise(name + " in place", original.subList(1, original.size()), Map.of(), T0);
    assertThat(pipelines.find(added.id()).orElseThrow().name()).isEqualTo(name);

    // Revised, then rolled back: the kept copy is the committed one.
    List<Stage> reordered = new ArrayList<>(original);
    reordered.add(0, reordered.remove(1));
    QuarkusTransaction.begin();
    try {
      Pipeline revised = pipelines.find(added.id()).orElseThrow();
      revised.revise(name + " rolled back", reordered, Map.of(), T0.plusSeconds(60));
      pipelines.save(revised);
    } finally {
      QuarkusTransaction.rollback();
    }
    assertThat(pipelines.find(added.id()).orElseThrow().name()).isEqualTo(name);

    // Revised and committed: read as revised at once.
    Pipeline revised = pipelines.find(added.id()).orElseThrow();
    revised.revise(name + " v2", reordered, Map.of(), T0.plusSeconds(60));
    QuarkusTransaction.requiringNew().run(() -> pipelines.save(revised));
    Pipeline now = pipelines.find(added.id()).orElseThrow();
    assertThat(now.name()).isEqualTo(name + " v2");
    assertThat(now.stages()).isEqualTo(reordered);
    assertThat(now.version()).isEqualTo(1);
  }
}
