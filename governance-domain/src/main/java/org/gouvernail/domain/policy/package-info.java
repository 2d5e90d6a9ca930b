/**
 * Usage policies (politiques d'utilisation): what is allowed, allowed with conditions, subject to
 * approval or forbidden, in versions the committee publishes, that members acknowledge and that
 * the policy check applies.
 */
package org.gouvernail.domain.policy;
