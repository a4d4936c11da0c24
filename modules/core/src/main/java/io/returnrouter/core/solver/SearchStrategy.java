package io.returnrouter.core.solver;

/** The local-search acceptor. */
public enum SearchStrategy {
    /** Late Acceptance: one random move per step; cheap steps, suits very large batches. */
    LATE_ACCEPTANCE,
    /**
     * Entity tabu, best of a sample of moves per step: the default, it beat Late Acceptance on
     * the facility-location benchmarks (docs/performance.md).
     */
    TABU_SEARCH
}
