package org.gouvernail.rest.exit;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gouvernail.domain.exit.TableRows;
import org.gouvernail.domain.exit.port.in.PrintableDocuments;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.port.in.UsagePolicies;
import org.gouvernail.domain.policy.port.in.UsagePolicies.VersionView;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.rest.policy.PolicyDocument;

/**
 * The documents of the REST front end for an archive: every policy version of the snapshot as the HTML page that
 * {@code GET …/policies/{policyId}/versions/{number}/document} serves, for the organisation's archive.
 */
@ApplicationScoped
public class PolicyArchiveDocuments implements PrintableDocuments {

    private final UsagePolicies policies;
    private final PolicyDocument documents;

    public PolicyArchiveDocuments(UsagePolicies policies, PolicyDocument documents) {
        this.policies = policies;
        this.documents = documents;
    }

    @Override
    public List<Document> of(Caller caller, OrganisationId organisationId, List<TableRows> snapshot) {
        List<Document> found = new ArrayList<>();
        for (TableRows table : snapshot) {
            if (!table.table().equals("policy_version")) {
                continue;
            }
            int policy = table.columns().indexOf("policy_id");
            int number = table.columns().indexOf("number");
            if (policy < 0 || number < 0) {
                return found;
            }
            for (List<String> row : table.rows()) {
                PolicyId policyId = new PolicyId(UUID.fromString(row.get(policy)));
                int version = Integer.parseInt(row.get(number));
                VersionView view = policies.version(caller, organisationId, policyId, version);
                found.add(new Document(
                        "documents/policies/" + policyId.value() + "/v" + version + ".html",
                        documents.html(view).getBytes(StandardCharsets.UTF_8)));
            }
        }
        return found;
    }
}
