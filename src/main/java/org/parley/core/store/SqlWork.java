package org.parley.core.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done inside one transaction on the corpus connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
