package io.returnrouter.api.lifecycle;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** The answer to an erasure: what held personal data and is now empty; the route and status stay. */
@JsonbPropertyOrder({"returnId", "erased", "erasedFrom", "status"})
public record ErasureDto(String returnId, boolean erased, List<String> erasedFrom, String status) {
}
