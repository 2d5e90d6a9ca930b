/**
 * The web front end's needs from the API process: where a browser signs in (the identity provider and the
 * public client), and the security headers of the single-page app it serves from {@code META-INF/resources}
 * (docs/adr/0026).
 */
package org.gouvernail.rest.web;
