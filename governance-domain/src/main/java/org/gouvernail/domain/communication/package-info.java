/**
 * Communication and change plan: what the association tells its staff, volunteers, board, worker
 * representatives, beneficiaries and funders about its use of AI, at which stage of the change, by
 * whom and when. Where the law asks for it (Belgian CCT n° 39, the French CSE consultation) the plan
 * proposes the information and consultation of worker representatives with its due date.
 */
package org.gouvernail.domain.communication;
