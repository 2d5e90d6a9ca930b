package org.gouvernail.domain.transparency;

import org.gouvernail.domain.shared.Check;

/**
 * Value: a tool a listed use case relies on, as the inventory and the vendor assessment say: its
 * name, its vendor, where it is hosted and whether a processor agreement is in place.
 */
public record StatementTool(String name, String vendor, String hostingRegion, ProcessorAgreement processorAgreement) {

    public StatementTool {
        name = Check.name("name", name);
        hostingRegion = hostingRegion == null ? "UNKNOWN" : hostingRegion;
        processorAgreement = processorAgreement == null ? ProcessorAgreement.NOT_ASSESSED : processorAgreement;
    }
}
