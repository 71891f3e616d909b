package eu.digilabs.hub.assistant.web;

import org.jspecify.annotations.Nullable;

/** The question form: the question and the conversation it continues ({@code c}), if any. */
record AskCommand(String question, @Nullable String c) {}
