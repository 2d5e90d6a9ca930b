/**
 * Organisation and people: an association, ONG or federation, and the persons who take part in
 * its AI governance (staff, volunteers, board), each with roles. Volunteers without an account
 * are members too, so that their training can be recorded.
 */
package org.gouvernail.domain.organisation;
