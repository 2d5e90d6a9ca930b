package org.gouvernail.domain.inventory;

/** What the tool does for the people who use it. */
public enum ToolCategory {
    TEXT_GENERATION,
    TRANSLATION,
    TRANSCRIPTION,
    IMAGE_GENERATION,
    ANALYTICS,
    CODING,
    CHATBOT,
    OTHER
}
