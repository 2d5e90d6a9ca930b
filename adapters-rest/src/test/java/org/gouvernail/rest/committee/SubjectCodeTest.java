package org.gouvernail.rest.committee;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.committee.DecisionSubject;
import org.junit.jupiter.api.Test;

/** The decision subjects the API documents are the ones the domain knows, in the same order. */
class SubjectCodeTest {

    @Test
    void theDocumentedSubjectCodesAreTheKnownDecisionSubjects() {
        Schema schema = CommitteeJson.SubjectCode.class.getAnnotation(Schema.class);

        assertThat(schema).isNotNull();
        assertThat(schema.enumeration())
                .containsExactlyElementsOf(DecisionSubject.KNOWN.stream()
                        .map(DecisionSubject::code)
                        .toList());
    }

    @Test
    void aKnownSubjectTravelsAsItsBareCode() {
        for (DecisionSubject subject : DecisionSubject.KNOWN) {
            assertThat(CommitteeJson.SubjectCode.of(subject).toDomain()).isEqualTo(subject);
        }
    }
}
