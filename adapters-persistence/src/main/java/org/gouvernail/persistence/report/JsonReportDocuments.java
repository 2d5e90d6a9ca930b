package org.gouvernail.persistence.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import org.gouvernail.domain.report.ReportContent;
import org.gouvernail.domain.report.port.out.ReportDocuments;

/**
 * Persistence adapter: a report's content as the JSON document a final report stores. The text
 * written is the one hashed and kept; it is never written again from the parsed content.
 */
@ApplicationScoped
public class JsonReportDocuments implements ReportDocuments {

    private final ObjectMapper json;

    JsonReportDocuments(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String write(ReportContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("report content not writable", e);
        }
    }

    @Override
    public ReportContent read(String document) {
        try {
            return json.readValue(document, ReportContent.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unreadable report content", e);
        }
    }
}
