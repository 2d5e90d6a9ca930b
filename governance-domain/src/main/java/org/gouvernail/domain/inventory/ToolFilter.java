package org.gouvernail.domain.inventory;

import java.util.Optional;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.DataCategory;

/** Query: which tools of the inventory to list; every criterion is optional and they all apply. */
public record ToolFilter(
        Optional<ToolStatus> status,
        Optional<ToolCategory> category,
        Optional<DataCategory> dataCategory,
        Optional<String> text) {

    public static final int TEXT_LENGTH = 100;

    public ToolFilter {
        status = status == null ? Optional.empty() : status;
        category = category == null ? Optional.empty() : category;
        dataCategory = dataCategory == null ? Optional.empty() : dataCategory;
        text = text == null
                ? Optional.empty()
                : text.filter(t -> !t.isBlank()).map(t -> Check.text("text", t, TEXT_LENGTH));
    }

    public static ToolFilter none() {
        return new ToolFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
