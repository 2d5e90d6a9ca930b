package org.gouvernail.app.support;

import io.quarkus.test.common.QuarkusTestResource;
import org.gouvernail.persistence.support.MariaDbTestResource;

/**
 * Test resources of the whole suite (one application start for every test class): a real
 * MariaDB and a real Keycloak, both started by the suite itself.
 */
@QuarkusTestResource(value = MariaDbTestResource.class, parallel = true)
@QuarkusTestResource(value = KeycloakTestResource.class, parallel = true)
public final class TestResources {

    private TestResources() {}
}
