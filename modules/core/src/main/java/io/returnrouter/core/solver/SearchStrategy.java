package io.returnrouter.core.solver;

/** The local-search acceptor. */
public enum SearchStrategy {
    /** Late Acceptance: the most robust on the facility-location benchmarks. */
    LATE_ACCEPTANCE,
    /** Entity tabu with a larger move sample per step. */
    TABU_SEARCH
}
