/**
 * An organisation leaves: its whole data as one archive (export, import into another instance), and
 * its closure (a grace period, then the deletion of everything it holds, with a final receipt kept
 * by the platform).
 */
package org.gouvernail.domain.exit;
