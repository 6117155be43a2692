package org.opencrm.crm.adapter.out.persistence.deal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.opencrm.crm.adapter.out.persistence.NativeValues;
import org.opencrm.crm.adapter.out.persistence.PersistenceErrors;
import org.opencrm.crm.application.pipeline.port.out.PipelineRepository;
import org.opencrm.crm.domain.deal.DealField;
import org.opencrm.crm.domain.deal.Pipeline;
import org.opencrm.crm.domain.deal.PipelineId;
import org.opencrm.crm.domain.deal.Stage;
import org.opencrm.crm.domain.deal.StageId;
import org.opencrm.crm.domain.deal.StageOutcome;
import org.opencrm.crm.domain.shared.DuplicateDetectedException;
import org.opencrm.crm.domain.shared.Percent;
import org.opencrm.crm.domain.shared.VersionConflictException;

/**
 * Pipelines and their stages in PostgreSQL. A stage taken out of a pipeline loses its position but
 * keeps its row, since the stage moves recorded through it still refer to it.
 */
@ApplicationScoped
class PipelinePersistenceAdapter implements PipelineRepository {

  private static final String SELECT =
      "SELECT p.id, p.name, p.created_at, p.updated_at, p.version, s.id AS stage_id, s.name AS"
          + " stage_name, s.probability, s.outcome, array_to_string(s.required_to_enter, ','),"
          + " s.is_commit FROM pipeline p JOIN pipeline_stage s ON s.pipeline_id = p.id AND"
          + " s.position IS NOT NULL";

  /**
   * How long a pipeline read stays in memory. Every opportunity write reads its pipeline and admins
   * change pipelines rarely: a change is seen here at once, on other instances within this time.
   */
  private static final Duration KEPT = Duration.ofSeconds(1);

  private final EntityManager em;
  private final TransactionSynchronizationRegistry transactions;
  private final Map<UUID, RecentRows> recent = new ConcurrentHashMap<>();

  /** A pipeline's rows as read at a time ({@link System#nanoTime()}). */
  private record RecentRows(List<?> rows, long readAt) {

    boolean fresh() {
      return System.nanoTime() - readAt < KEPT.toNanos();
    }
  }

  PipelinePersistenceAdapter(EntityManager em, TransactionSynchronizationRegistry transactions) {
    this.em = em;
    this.transactions = transactions;
  }

  @Override
  public Optional<Pipeline> find(PipelineId id) {
    RecentRows kept = recent.get(id.value());
    if (kept == null || !kept.fresh()) {
      kept = new RecentRows(rows(id), System.nanoTime());
      recent.put(id.value(), kept);
    }
    // Restored anew each time: a pipeline is changed in place by the use case that revises it.
    return restore(kept.rows()).stream().findFirst();
  }

  private List<?> rows(PipelineId id) {
    return em.createNativeQuery(SELECT + " WHERE p.id = :id ORDER BY s.position")
        .setParameter("id", id.value())
        .getResultList();
  }

  /** The pipeline as this transaction wrote it, kept from the others until it commits. */
  private Pipeline written(PipelineId id) {
    recent.remove(id.value());
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            // A read between the write and the commit may have kept the pipeline as it was.
            recent.remove(id.value());
          }
        });
    return restore(rows(id)).get(0);
  }

  @Override
  public List<Pipeline> all() {
    return restore(
        em.createNativeQuery(SELECT + " ORDER BY lower(p.name), p.id, s.position").getResultList());
  }

  @Override
  public Pipeline add(Pipeline pipeline) {
    try {
      em.createNativeQuery(
              "INSERT INTO pipeline (id, name, created_at, updated_at, version)"
                  + " VALUES (:id, :name, :createdAt, :updatedAt, 0)")
          .setParameter("id", pipeline.id().value())
          .setParameter("name", pipeline.name())
          .setParameter("createdAt", pipeline.createdAt())
          .setParameter("updatedAt", pipeline.updatedAt())
          .executeUpdate();
    } catch (PersistenceException e) {
      throw nameTakenOr(e);
    }
    writeStages(pipeline);
    return written(pipeline.id());
  }

  @Override
  public Pipeline save(Pipeline pipeline) {
    int updated;
    try {
      updated =
          em.createNativeQuery(
                  "UPDATE pipeline SET name = :name, updated_at = :updatedAt, version = version + 1"
                      + " WHERE id = :id AND version = :version")
              .setParameter("id", pipeline.id().value())
              .setParameter("name", pipeline.name())
              .setParameter("updatedAt", pipeline.updatedAt())
              .setParameter("version", pipeline.version())
              .executeUpdate();
    } catch (PersistenceException e) {
      throw nameTakenOr(e);
    }
    if (updated == 0) {
      throw new VersionConflictException(
          "pipeline", pipeline.id(), pipeline.version(), pipeline.version() + 1);
    }
    em.createNativeQuery("UPDATE pipeline_stage SET position = NULL WHERE pipeline_id = :id")
        .setParameter("id", pipeline.id().value())
        .executeUpdate();
    writeStages(pipeline);
    return written(pipeline.id());
  }

  /** Inserts the pipeline's stages at their positions, or updates those it keeps. */
  private void writeStages(Pipeline pipeline) {
    List<Stage> stages = pipeline.stages();
    for (int position = 0; position < stages.size(); position++) {
      Stage stage = stages.get(position);
      em.createNativeQuery(
              "INSERT INTO pipeline_stage (id, pipeline_id, position, name, probability, outcome,"
                  + " required_to_enter, is_commit) VALUES (:id, :pipeline, :position, :name,"
                  + " :probability, :outcome, CAST(:required AS text[]), :commit)"
                  + " ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, name ="
                  + " EXCLUDED.name, probability = EXCLUDED.probability, outcome ="
                  + " EXCLUDED.outcome, required_to_enter = EXCLUDED.required_to_enter,"
                  + " is_commit = EXCLUDED.is_commit"
                  + " WHERE pipeline_stage.pipeline_id = EXCLUDED.pipeline_id")
          .setParameter("id", stage.id().value())
          .setParameter("pipeline", pipeline.id().value())
          .setParameter("position", (short) position)
          .setParameter("name", stage.name())
          .setParameter("probability", stage.probability().value())
          .setParameter("outcome", stage.outcome().name())
          .setParameter(
              "required",
              stage.requiredToEnter().stream()
                  .sorted()
                  .map(Enum::name)
                  .collect(Collectors.joining(",", "{", "}")))
          .setParameter("commit", stage.commit())
          .executeUpdate();
    }
  }

  private static RuntimeException nameTakenOr(PersistenceException e) {
    if (PersistenceErrors.violatedConstraint(e)
        .filter(name -> name.contains("pipeline_name_uq"))
        .isPresent()) {
      return new DuplicateDetectedException(Pipeline.NAME_TAKEN, "Another pipeline has this name");
    }
    return e;
  }

  /** Pipelines from rows of {@link #SELECT}, each pipeline's rows together, stages in order. */
  private static List<Pipeline> restore(List<?> rows) {
    Map<UUID, List<Object[]>> byPipeline = new LinkedHashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      byPipeline.computeIfAbsent((UUID) columns[0], id -> new ArrayList<>()).add(columns);
    }
    List<Pipeline> pipelines = new ArrayList<>(byPipeline.size());
    for (List<Object[]> pipelineRows : byPipeline.values()) {
      Object[] first = pipelineRows.get(0);
      List<Stage> stages = pipelineRows.stream().map(PipelinePersistenceAdapter::stage).toList();
      pipelines.add(
          Pipeline.restore(
              new PipelineId((UUID) first[0]),
              (String) first[1],
              stages,
              NativeValues.instant(first[2]),
              NativeValues.instant(first[3]),
              ((Number) first[4]).longValue()));
    }
    return pipelines;
  }

  private static Stage stage(Object[] columns) {
    String required = (String) columns[9];
    Set<DealField> fields = EnumSet.noneOf(DealField.class);
    if (required != null && !required.isEmpty()) {
      Arrays.stream(required.split(",")).map(DealField::valueOf).forEach(fields::add);
    }
    return new Stage(
        new StageId((UUID) columns[5]),
        (String) columns[6],
        new Percent((BigDecimal) columns[7]),
        StageOutcome.valueOf((String) columns[8]),
        fields,
        (Boolean) columns[10]);
  }
}
