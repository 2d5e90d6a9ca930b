package org.gouvernail.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gouvernail.persistence.risk.PanacheRisks;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.Test;

/**
 * Persistence adapters hold their Panache repository, they are not one (docs/adr/0011): a port bean
 * offers its out-port only, never deleteAll or listAll to whoever injects it.
 */
class PanacheCompositionTest {

    @Test
    void everyPanacheRepositoryIsANestedClassOfItsAdapterThatImplementsNothingElse()
            throws IOException, URISyntaxException {
        // the index the Jandex plugin wrote for this module's classes, not another module's
        Path classes = Path.of(PanacheRisks.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Index index;
        try (InputStream in = Files.newInputStream(classes.resolve("META-INF/jandex.idx"))) {
            index = new IndexReader(in).read();
        }

        assertThat(index.getAllKnownImplementors(PanacheRepositoryBase.class))
                .isNotEmpty()
                .allSatisfy(repository -> {
                    assertThat(repository.nestingType())
                            .as(repository.name().toString())
                            .isEqualTo(ClassInfo.NestingType.INNER);
                    assertThat(repository.interfaceNames())
                            .as(repository.name().toString())
                            .containsExactly(DotName.createSimple(PanacheRepositoryBase.class));
                });
    }
}
