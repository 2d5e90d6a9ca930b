package org.gouvernail.domain.communication;

/**
 * The stage of the change an action serves, in order: people first learn what changes and why
 * (awareness), then whether they want to take part (desire), how it works (knowledge), can do it
 * (ability), and keep doing it (reinforcement).
 */
public enum ChangeStage {
    AWARENESS,
    DESIRE,
    KNOWLEDGE,
    ABILITY,
    REINFORCEMENT
}
