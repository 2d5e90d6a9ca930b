package org.gouvernail.app.performance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.inventory.AiToolBuilder.anAiTool;
import static org.gouvernail.domain.inventory.ToolDetailsBuilder.aTool;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.training.Modules;
import org.gouvernail.domain.training.TrainingMethod;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.TrainingRecord;
import org.gouvernail.domain.training.TrainingRecordId;
import org.gouvernail.domain.training.port.out.TrainingModules;
import org.gouvernail.domain.training.port.out.TrainingRecords;
import org.hibernate.SessionFactory;
import org.hibernate.stat.QueryStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Performance guard of issue 11: a repeated request translates none of its HQL queries again.
 *
 * <p>Hibernate 7.2 does not count the query it translates again because a list may be bound to one of
 * its parameters: such a query skips the plan cache, neither hit nor miss. What the statistics do show
 * is the number of hits by query: each execution of an HQL query finds its HQL in the cache (one hit),
 * then its plan (a second). An HQL query with fewer than two hits per execution had its plan built
 * again. Native SQL has no HQL to find, one hit per execution: the queries that name no entity are
 * left out.
 */
@QuarkusTest
class QueryPlanCacheApiTest {

    /** The admin of the organisations of this test, and of no other. */
    private static final String OWNER = "pia";

    private static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");

    @Inject
    World world;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Memberships memberships;

    @Inject
    Tools tools;

    @Inject
    TrainingModules trainingModules;

    @Inject
    TrainingRecords trainingRecords;

    /**
     * The HQL queries of a GET (which must answer 200) whose plan was built again on a repeated call,
     * with their executions, hits and misses: the fewer of two calls after a first one, because the
     * statistics are the whole application's and a background poll (the webhook dispatcher's) may run a
     * query for the first time in a call's window.
     */
    private Map<String, String> translatedAgain(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        given().when().get(path).then().statusCode(200);
        Map<String, String> fewest = null;
        for (int call = 0; call < 2; call++) {
            statistics.clear();
            given().when().get(path).then().statusCode(200);
            Map<String, String> again = new TreeMap<>();
            long cached = 0;
            for (String query : statistics.getQueries()) {
                if (!namesAnEntity(query)) {
                    continue;
                }
                QueryStatistics counts = statistics.getQueryStatistics(query);
                long executions = counts.getExecutionCount();
                long hits = counts.getPlanCacheHitCount();
                long misses = counts.getPlanCacheMissCount();
                if (misses > 0 || hits < 2 * executions) {
                    again.put(query, executions + " executions, " + hits + " hits, " + misses + " misses");
                } else if (executions > 0) {
                    cached++;
                }
            }
            // a call that ran no HQL query at all would prove nothing
            assertThat(cached + again.size())
                    .as("HQL queries executed by %s", path)
                    .isPositive();
            if (fewest == null || again.size() < fewest.size()) {
                fewest = again;
            }
        }
        return fewest;
    }

    /** Whether the query is HQL: it names an entity, where native SQL names tables (tool, not ToolEntity). */
    private boolean namesAnEntity(String query) {
        return sessionFactory.getMetamodel().getEntities().stream()
                .anyMatch(entity -> Pattern.compile("\\b" + entity.getName() + "\\b")
                        .matcher(query)
                        .find());
    }

    /** An ACTIVE training module of the organisation, under a code of its own. */
    private TrainingModule trainingModule(OrganisationId organisation, MemberId admin) {
        TrainingModule module = TrainingModule.draft(
                        new TrainingModuleId(UUID.randomUUID()),
                        organisation,
                        "M-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT),
                        Modules.content("Vérifier", 12, true),
                        null,
                        admin,
                        NOW)
                .publish();
        trainingModules.add(module);
        return module;
    }

    @Test
    @TestSecurity(user = OWNER)
    void aRepeatedRequestTranslatesNoQueryAgain() {
        OrganisationId organisation = world.association(OWNER);
        MemberId admin =
                memberships.findActive(organisation, OWNER).orElseThrow().id();
        QuarkusTransaction.requiringNew().run(() -> {
            IntStream.range(0, 60)
                    .forEach(i -> tools.add(anAiTool()
                            .withId(new ToolId(UUID.randomUUID()))
                            .of(organisation)
                            .declaredBy(admin)
                            .withDetails(aTool().withData(DataCategory.INTERNAL, DataCategory.PERSONAL)
                                    .usedBy("Accueil")
                                    .build())
                            .build()));
            // three records of two modules: the page's lists (records, modules) have lengths that are not
            // powers of two
            TrainingModule first = trainingModule(organisation, admin);
            TrainingModule second = trainingModule(organisation, admin);
            for (TrainingModule module : new TrainingModule[] {first, second, second}) {
                trainingRecords.add(TrainingRecord.of(
                        new TrainingRecordId(UUID.randomUUID()),
                        module,
                        admin,
                        LocalDate.parse("2026-11-20"),
                        TrainingMethod.BRIEFING,
                        null,
                        null,
                        admin,
                        NOW));
            }
        });
        String organisationPath = "/api/v1/organisations/" + organisation;
        Map<String, Map<String, String>> byPath = new TreeMap<>();
        for (String path : new String[] {
            "/api/v1/me",
            "/api/v1/me/todo",
            "/api/v1/organisations?limit=200",
            organisationPath + "/tools?limit=50",
            organisationPath + "/training-records?limit=200",
            organisationPath + "/todo"
        }) {
            byPath.put(path, translatedAgain(path));
        }
        assertThat(byPath)
                .as("HQL queries translated again on a repeated request, by path")
                .allSatisfy((path, queries) -> assertThat(queries).isEmpty());
    }
}
