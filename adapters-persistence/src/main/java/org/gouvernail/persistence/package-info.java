/**
 * Persistence adapter: Hibernate ORM with Panache entities and repositories that implement the
 * domain's out-ports on MariaDB. Flyway owns the schema; every query is scoped to one organisation.
 */
package org.gouvernail.persistence;
