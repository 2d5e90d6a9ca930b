/**
 * The few types every area shares: the caller, the organisation id, the data-category scale,
 * pagination and the domain errors that adapters translate for their users.
 */
package org.gouvernail.domain.shared;
