package io.returnrouter.api.plans;

import io.returnrouter.api.returns.ReturnRequestDto;
import java.util.List;

/** Makes realistic demo returns for a plan; the app module provides it from the demo data module. */
public interface ReturnsGenerator {

    /** Deterministic for the same count and seed. */
    List<ReturnRequestDto> generate(int count, long seed);
}
