package eu.digilabs.hub.accounts;

import java.util.List;

/**
 * A deleted account was the last editor of a lab. {@code recipients} are the accounts to tell: the
 * lab's remaining members and the admins, who may name a new editor.
 */
public record LabWithoutEditor(long labId, List<Long> recipients) {}
