package org.gouvernail.persistence.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.gouvernail.domain.review.ReviewCadence;
import org.gouvernail.domain.review.ReviewSettings;

/** Row of table review_settings: the review cycle an organisation chose. */
@Entity
@Table(name = "review_settings")
public class ReviewSettingsEntity {

    @Id
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    public ReviewCadence cadence;

    public int leadTimeDays;

    @Version
    public long version;

    ReviewSettings toDomain() {
        return new ReviewSettings(cadence, leadTimeDays, true, version);
    }
}
