package org.gouvernail.domain.training.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.training.ModuleStatus;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingModuleId;

/** Out-port: the training modules of one organisation. */
public interface TrainingModules {

    void add(TrainingModule module);

    Optional<TrainingModule> find(OrganisationId organisationId, TrainingModuleId id);

    /** The modules among {@code ids} that exist in the organisation, in one query. */
    List<TrainingModule> findAll(OrganisationId organisationId, Collection<TrainingModuleId> ids);

    boolean codeInUse(OrganisationId organisationId, String code);

    /** The organisation's module with this code (codes are unique per organisation), if any. */
    Optional<TrainingModule> findByCode(OrganisationId organisationId, String code);

    /** Saves a changed module; StaleVersion if it changed since it was read. */
    TrainingModule update(TrainingModule module);

    void remove(OrganisationId organisationId, TrainingModuleId id, long expectedVersion);

    /** Oldest first. */
    Page<TrainingModule> list(OrganisationId organisationId, Optional<ModuleStatus> status, PageRequest page);

    /** The modules among {@code ids} that exist in one of these organisations, in one query. */
    List<TrainingModule> findAll(Collection<OrganisationId> organisationIds, Collection<TrainingModuleId> ids);
}
