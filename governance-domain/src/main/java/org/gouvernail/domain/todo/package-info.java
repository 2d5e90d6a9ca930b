/**
 * What people must do: acknowledge a policy version, decide an approval request, attend a meeting,
 * review a risk, follow a training, answer a feedback item, meet an incident's legal deadline. Each
 * area says what its subjects ask of whom through {@link org.gouvernail.domain.todo.port.out.DueItemSource};
 * the to-do list, the e-mail digests and the calendar feed read those items and nothing else.
 */
package org.gouvernail.domain.todo;
