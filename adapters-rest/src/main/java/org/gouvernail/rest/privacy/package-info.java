/** HTTP adapter of the platform's own data protection: a person's data (art. 15, 20) and its erasure (art. 17). */
package org.gouvernail.rest.privacy;
