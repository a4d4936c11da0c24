package io.returnrouter.persistence.notify;

import java.util.List;

/** A return's stored quote and the option chosen for each parcel, read to learn its plan. */
public record StoredQuote(String returnId, String shopId, String market, String requestJson, String responseJson,
                          List<String> chosenOptionIds) {

    public StoredQuote {
        chosenOptionIds = List.copyOf(chosenOptionIds);
    }
}
