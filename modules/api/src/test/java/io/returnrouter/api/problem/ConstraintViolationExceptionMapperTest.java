package io.returnrouter.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.api.returns.CustomerDto;
import io.returnrouter.api.returns.ItemDto;
import io.returnrouter.api.returns.ReturnRequestDto;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintViolationExceptionMapperTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void fieldsNameListElementsByIndexLikeTheRequestDoes() {
        ItemDto good = new ItemDto("A", "FASHION", BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE, false, null, null);
        ItemDto bad = new ItemDto("B", "FASHION", BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, new BigDecimal("-1"), BigDecimal.ONE, false, null, null);
        ReturnRequestDto request = new ReturnRequestDto("R-1", "shop", "DE",
                CustomerDto.at(new BigDecimal("52.5"), new BigDecimal("13.4"), "10115", "DE"),
                LocalDate.of(2026, 11, 1), null, "BORED", "REFUND", null, List.of(good, bad), null, null);

        var fields = validator.validate(request).stream().map(ConstraintViolationExceptionMapper::fieldOf).toList();

        assertThat(fields).containsExactlyInAnyOrder("items[1].weightKg", "reason");
    }
}
