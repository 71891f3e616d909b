package eu.digilabs.hub.assistant.web;

/** The question form: the question and the conversation it continues ({@code c}), if any. */
record AskCommand(String question, String c) {}
