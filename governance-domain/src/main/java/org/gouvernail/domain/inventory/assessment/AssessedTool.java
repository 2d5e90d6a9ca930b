package org.gouvernail.domain.inventory.assessment;

import java.util.Optional;
import org.gouvernail.domain.inventory.AiTool;

/** Read model: a tool of the inventory with its latest validated assessment, when it has one. */
public record AssessedTool(AiTool tool, Optional<LatestAssessment> latest) {}
