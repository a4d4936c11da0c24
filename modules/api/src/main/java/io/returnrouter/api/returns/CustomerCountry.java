package io.returnrouter.api.returns;

import io.returnrouter.api.problem.Problem.FieldError;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.core.rules.MarketRules;
import java.util.List;

/** A customer in a country the market does not serve is not a return of that market. */
final class CustomerCountry {

    private CustomerCountry() {
    }

    static void check(ReturnRequestDto request, MarketRules rules) {
        String country = request.customer().country();
        if (!rules.customerCountries().contains(country)) {
            String message = "a customer in " + country + " cannot return under market " + request.market()
                    + ", which serves customers in " + String.join(", ", rules.customerCountries().stream()
                    .sorted().toList());
            throw new UnprocessableException(List.of(new FieldError("customer.country", message),
                    new FieldError("market", message)));
        }
    }
}
