package org.studypath.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work against one connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
