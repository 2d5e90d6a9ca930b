/**
 * Federations [Fédérations]: a federation (an organisation of kind FEDERATION) links member associations
 * (FederationLink, INVITED → ACTIVE → SUSPENDED → ENDED); each member consents per indicator of the
 * dashboard catalogue (SharingConsent, revocable, history kept); consented values are copied into
 * monthly snapshots, and the federation reads only aggregates of those snapshots, under disclosure
 * control (at least k contributors, dominance, secondary suppression).
 */
package org.gouvernail.domain.federation;
