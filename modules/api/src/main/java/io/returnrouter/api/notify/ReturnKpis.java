package io.returnrouter.api.notify;

import io.returnrouter.persistence.notify.Progress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What happened, measured from the stored milestones against the plan: days in each stage per
 * carrier, hub and market (count, mean and median measured, mean planned), the share of returns
 * delayed (arrived, or still due, later than expected plus the margin) and the refunds started
 * within the legal deadline. Pure computation over the progress rows, so it is unit-tested.
 */
public final class ReturnKpis {

    /** Stages a return passes; first mile and line-haul only for returns through a hub. */
    public enum Stage { TRANSIT, FIRST_MILE, LINEHAUL, INSPECTION_TO_OUTCOME }

    private ReturnKpis() {
    }

    public static KpisDto of(List<Progress> rows, LocalDate today, int marginDays) {
        long delayed = rows.stream().filter(p -> delayed(p, today, marginDays)).count();
        List<Progress> withDeadline = rows.stream().filter(p -> p.refundDeadline() != null).toList();
        long refunded = withDeadline.stream().filter(p -> "REFUND_STARTED".equals(p.outcome())).count();
        long inTime = withDeadline.stream().filter(p -> "REFUND_STARTED".equals(p.outcome())
                && !Expectations.day(p.outcomeAt()).isAfter(p.refundDeadline())).count();
        long overdue = withDeadline.stream().filter(p -> p.outcome() == null && today.isAfter(p.refundDeadline())).count();
        return new KpisDto(rows.size(), delayed, percent(delayed, rows.size()),
                new KpisDto.RefundsDto(refunded, inTime, percent(inTime, refunded), overdue),
                groups(rows, Progress::carrier), groups(rows, Progress::hubId), groups(rows, Progress::market));
    }

    static boolean delayed(Progress p, LocalDate today, int marginDays) {
        if (p.receivedAt() != null) {
            Optional<LocalDate> expected = Expectations.warehouse(new Progress(p.returnId(), p.shopId(), p.market(),
                    p.status(), p.statusAt(), p.carrier(), p.hubId(), p.plannedHandIn(), p.plannedHub(),
                    p.plannedWarehouse(), p.confirmedAt(), p.handedInAt(), p.atHubAt(), null, null, null, null, false));
            boolean lateHandIn = p.handedInAt() != null && p.plannedHandIn() != null
                    && Expectations.day(p.handedInAt()).isAfter(p.plannedHandIn().plusDays(marginDays));
            return lateHandIn || expected.map(e -> Expectations.day(p.receivedAt()).isAfter(e.plusDays(marginDays)))
                    .orElse(false);
        }
        return Lateness.of(p, today, marginDays).isPresent();
    }

    private static Map<String, Map<Stage, KpisDto.StageDto>> groups(List<Progress> rows, Function<Progress, String> key) {
        Map<String, List<Progress>> byKey = new TreeMap<>();
        for (Progress p : rows) {
            byKey.computeIfAbsent(Optional.ofNullable(key.apply(p)).orElse("(none)"), k -> new ArrayList<>()).add(p);
        }
        Map<String, Map<Stage, KpisDto.StageDto>> out = new TreeMap<>();
        byKey.forEach((k, list) -> {
            Map<Stage, KpisDto.StageDto> stages = new TreeMap<>();
            for (Stage stage : Stage.values()) {
                List<Long> measured = new ArrayList<>();
                List<Long> planned = new ArrayList<>();
                for (Progress p : list) {
                    measured(p, stage).ifPresent(measured::add);
                    planned(p, stage).ifPresent(planned::add);
                }
                if (!measured.isEmpty()) {
                    stages.put(stage, new KpisDto.StageDto(measured.size(), mean(measured), median(measured),
                            planned.isEmpty() ? null : mean(planned)));
                }
            }
            out.put(k, stages);
        });
        return out;
    }

    static Optional<Long> measured(Progress p, Stage stage) {
        return switch (stage) {
            case TRANSIT -> days(p.handedInAt(), p.receivedAt());
            case FIRST_MILE -> days(p.handedInAt(), p.atHubAt());
            case LINEHAUL -> days(p.atHubAt(), p.receivedAt());
            case INSPECTION_TO_OUTCOME -> days(p.receivedAt(), p.outcomeAt());
        };
    }

    static Optional<Long> planned(Progress p, Stage stage) {
        return switch (stage) {
            case TRANSIT -> between(p.plannedHandIn(), p.plannedWarehouse());
            case FIRST_MILE -> between(p.plannedHandIn(), p.plannedHub());
            case LINEHAUL -> between(p.plannedHub(), p.plannedWarehouse());
            case INSPECTION_TO_OUTCOME -> Optional.empty();
        };
    }

    private static Optional<Long> days(java.time.Instant from, java.time.Instant to) {
        return from == null || to == null ? Optional.empty()
                : Optional.of(ChronoUnit.DAYS.between(Expectations.day(from), Expectations.day(to)));
    }

    private static Optional<Long> between(LocalDate from, LocalDate to) {
        return from == null || to == null ? Optional.empty() : Optional.of(ChronoUnit.DAYS.between(from, to));
    }

    static BigDecimal mean(List<Long> values) {
        long sum = values.stream().mapToLong(Long::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2)).setScale(1)
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1,
                RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
