package org.gouvernail.domain.privacy.port.out;

import java.util.List;
import java.util.Set;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.ErasureHold;
import org.gouvernail.domain.privacy.PersonalDataCategory;

/**
 * Out-port every area implements (one bean per area): what the area holds about one person in one
 * organisation, as categories with their purpose and retention, and what of it must be kept with the
 * person's name for now. A new area that stores something about people adds one source; the
 * coverage test fails until every column naming a person is declared by a source in {@link #columns()}
 * or allowed, with its reason, as not personal. Each category costs one statement, whatever its size.
 */
public interface PersonalDataSource {

    /** The categories of this area, each listed even when it holds nothing about the person. */
    List<PersonalDataCategory> collect(DataSubject person);

    /** The columns ("table.column") whose values point at or name a person, that this source reads. */
    Set<String> columns();

    /** Records that a legal duty obliges the organisation to keep with the person's name; none by default. */
    default List<ErasureHold> holds(DataSubject person) {
        return List.of();
    }
}
