package org.opencrm.crm.application.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.opencrm.crm.application.contract.ContractFilter;
import org.opencrm.crm.application.contract.ContractSummary;
import org.opencrm.crm.application.contract.ContractView;
import org.opencrm.crm.application.contract.VersionedContractSettings;
import org.opencrm.crm.application.contract.port.in.ContractQueries;
import org.opencrm.crm.application.contract.port.in.ContractSettingsUseCase;
import org.opencrm.crm.application.contract.port.out.ContractSearch;
import org.opencrm.crm.application.contract.port.out.ContractSettingsStore;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.contract.ApprovalLevel;
import org.opencrm.crm.domain.contract.ContractPermissions;
import org.opencrm.crm.domain.contract.ContractSettings;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Role;

@ApplicationScoped
@Transactional
public class ContractQueryService implements ContractQueries, ContractSettingsUseCase {

  private final ContractLoader loader;
  private final ContractSearch search;
  private final ContractSettingsStore settings;
  private final Clock clock;

  public ContractQueryService(
      ContractLoader loader, ContractSearch search, ContractSettingsStore settings, Clock clock) {
    this.loader = loader;
    this.search = search;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public ContractView get(Actor actor, UUID contractId) {
    ContractPermissions.checkRead(actor);
    return loader.view(loader.load(actor, contractId));
  }

  @Override
  public Page<ContractSummary> list(Actor actor, ContractFilter filter, PageRequest page) {
    ContractPermissions.checkRead(actor);
    return search.list(filter, page, actor.scope(), loader.today());
  }

  @Override
  public Page<ContractSummary> pendingApprovals(Actor actor, PageRequest page) {
    ContractPermissions.checkApprove(actor);
    if (actor.has(Role.ADMIN)) {
      return search.pendingApproval(
          List.of(ApprovalLevel.TEAM_MANAGER, ApprovalLevel.ADMIN),
          null,
          actor.id(),
          page,
          loader.today());
    }
    if (actor.team() == null) {
      return new Page<>(List.of(), null); // a manager without a team approves for none
    }
    return search.pendingApproval(
        List.of(ApprovalLevel.TEAM_MANAGER), actor.team(), actor.id(), page, loader.today());
  }

  @Override
  public VersionedContractSettings settings(Actor actor) {
    ContractPermissions.checkRead(actor);
    return settings.current();
  }

  @Override
  public VersionedContractSettings replace(
      Actor actor, ContractSettings newSettings, long expectedVersion) {
    ContractPermissions.checkSettings(actor);
    return settings.save(newSettings, expectedVersion, actor.id().value(), clock.instant());
  }
}
