package io.returnrouter.carriers.support.rest;

import io.returnrouter.core.spi.carrier.CarrierRefusedException;
import io.returnrouter.core.spi.carrier.CarrierUnavailableException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns a carrier's error answer into the SPI's two failures: the carrier refused the order (a 4xx
 * with its error body: retrying cannot help) or it cannot serve now (5xx, 408, 429, and 401/403,
 * which mean our credentials are wrong, not the order; a later retry after the operator fixes them
 * succeeds). Each carrier reads its own error shape in {@link #refusal}.
 */
public abstract class CarrierErrorMapper implements ResponseExceptionMapper<RuntimeException> {

    private final String carrierId;

    protected CarrierErrorMapper(String carrierId) {
        this.carrierId = carrierId;
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        String body = body(response);
        if (status >= 500 || status == 408 || status == 429 || status == 401 || status == 403) {
            return new CarrierUnavailableException(carrierId + " answered HTTP " + status);
        }
        return refusal(status, json(body).orElse(null));
    }

    /**
     * The carrier's refusal with its message and code.
     *
     * @param error the error body as JSON, null when it was empty or not JSON
     */
    protected abstract CarrierRefusedException refusal(int status, JsonStructure error);

    protected String carrierId() {
        return carrierId;
    }

    private static String body(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static Optional<JsonStructure> json(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.createReader(new StringReader(body)).read());
        } catch (JsonException e) {
            return Optional.empty();
        }
    }
}
