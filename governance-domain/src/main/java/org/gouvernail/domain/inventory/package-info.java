/**
 * The AI tool inventory (audit et sécurité): every AI tool staff and volunteers use or want to
 * use, declared by anyone so that "shadow AI" comes to light, then reviewed by the committee.
 */
package org.gouvernail.domain.inventory;
