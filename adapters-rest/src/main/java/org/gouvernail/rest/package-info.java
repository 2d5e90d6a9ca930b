/**
 * REST adapter: quarkus-rest resources that turn HTTP into calls on the domain's in-ports, the
 * OIDC identity into a Caller, and every error into RFC 9457 problem details in French or English.
 */
package org.gouvernail.rest;
