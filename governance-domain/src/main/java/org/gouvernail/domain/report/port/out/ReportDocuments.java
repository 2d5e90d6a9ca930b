package org.gouvernail.domain.report.port.out;

import org.gouvernail.domain.report.ReportContent;

/** Out-port: a report's content as the JSON document a final report freezes, and back. */
public interface ReportDocuments {

    String write(ReportContent content);

    ReportContent read(String json);
}
