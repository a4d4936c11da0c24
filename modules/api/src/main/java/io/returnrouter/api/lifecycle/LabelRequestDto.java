package io.returnrouter.api.lifecycle;

import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Asks for the labels or pickups of a confirmed return; the contact may have come with the quote. */
@Schema(name = "LabelRequest", example = """
        {"customer": {"name": "Ada Muster", "street": "Invalidenstr.", "houseNumber": "117", "postalCode": "10115",
                      "city": "Berlin", "country": "DE", "phone": "+49 30 1234567", "email": "ada@example.org"}}""")
public record LabelRequestDto(@Valid ContactDto customer) {
}
