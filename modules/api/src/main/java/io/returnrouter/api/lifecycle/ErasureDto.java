package io.returnrouter.api.lifecycle;

import java.util.List;

/** The answer to an erasure: what held personal data and is now empty; the route and status stay. */
public record ErasureDto(String returnId, boolean erased, List<String> erasedFrom, String status) {
}
