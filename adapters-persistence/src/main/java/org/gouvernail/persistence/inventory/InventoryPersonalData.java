package org.gouvernail.persistence.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.PersonalDataCategory;
import org.gouvernail.domain.privacy.port.out.PersonalDataSource;
import org.gouvernail.persistence.shared.PersonalRows;

/** Persistence adapter, personal data of the inventory: tools declared, tools used, vendor assessments. */
@ApplicationScoped
public class InventoryPersonalData implements PersonalDataSource {

    private final EntityManager entityManager;

    InventoryPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<String> columns() {
        return Set.of(
                "ai_tool.declared_by",
                "tool_use.member_id",
                "tool_use.recorded_by",
                "vendor_assessment.author_id",
                "vendor_assessment.validated_by");
    }

    @Override
    public List<PersonalDataCategory> collect(DataSubject person) {
        PersonalRows rows = PersonalRows.of(entityManager, person);
        return List.of(
                rows.category(
                        "inventory.tools-declared",
                        "AI tools the person declared in the inventory (AI Act art. 4 and 26: knowing what is used)",
                        "LEGITIMATE_INTEREST",
                        "While the tool is in the inventory",
                        List.of("toolId", "name", "status", "declaredAt"),
                        """
                        select t.id, t.name, t.status, t.declared_at from ai_tool t
                        where t.organisation_id = :org and t.declared_by = :member order by t.declared_at, t.id"""),
                rows.category(
                        "inventory.tool-use",
                        "AI tools the person uses: the AI literacy duty (AI Act art. 4) is measured against it",
                        "LEGITIMATE_INTEREST",
                        "While the person uses the tool",
                        List.of("toolId", "toolName", "source", "recordedAt", "recordedByThePerson"),
                        """
                        select u.tool_id, t.name, u.source, u.recorded_at, u.recorded_by = u.member_id from tool_use u
                        join ai_tool t on t.organisation_id = u.organisation_id and t.id = u.tool_id
                        where u.organisation_id = :org and (u.member_id = :member or u.recorded_by = :member) order by u.recorded_at, u.id"""),
                rows.category(
                        "inventory.assessments",
                        "Vendor assessments the person wrote or validated",
                        "LEGITIMATE_INTEREST",
                        "While the tool is in the inventory",
                        List.of("assessmentId", "toolId", "status", "role", "createdAt"),
                        """
                        select a.id, a.tool_id, a.status, case when a.author_id = :member then 'AUTHOR' else 'VALIDATOR' end, a.created_at
                        from vendor_assessment a where a.organisation_id = :org and (a.author_id = :member or a.validated_by = :member)
                        order by a.created_at, a.id"""));
    }
}
