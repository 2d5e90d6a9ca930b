/**
 * The platform's own data protection [Protection des données de la plateforme]: what an organisation
 * holds about one person (GDPR art. 15 and 20), gathered from every area's {@code PersonalDataSource},
 * and the erasure that replaces the person by a stable pseudonym while records keep their meaning
 * (art. 17), refused where a legal duty to keep applies (art. 17(3)(b) and (e)).
 */
package org.gouvernail.domain.privacy;
