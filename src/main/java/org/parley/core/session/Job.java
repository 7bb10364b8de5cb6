package org.parley.core.session;

/** Long work on the jobs lane (import, export, backup, merging): reports progress and stops when asked. */
@FunctionalInterface
public interface Job<T> {
    T run(JobControl control) throws Exception;
}
