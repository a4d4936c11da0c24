package io.returnrouter.markets.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The days carriers do not collect from homes: Sundays and the market's public holidays. Fixed
 * holidays are month-days; Easter-bound ones (Good Friday, Easter Monday, Ascension, Whit Monday)
 * are offsets from Easter Sunday, which needs a computation rather than a list of dates.
 */
public record PickupCalendar(Set<MonthDay> fixedHolidays, Set<Integer> easterOffsetDays) {

    public PickupCalendar {
        fixedHolidays = Set.copyOf(fixedHolidays);
        easterOffsetDays = Set.copyOf(easterOffsetDays);
    }

    public boolean isPickupDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SUNDAY && !isPublicHoliday(day);
    }

    public boolean isPublicHoliday(LocalDate day) {
        if (fixedHolidays.contains(MonthDay.from(day))) {
            return true;
        }
        // Within one year, so the difference is well inside int range.
        int fromEaster = (int) (day.toEpochDay() - easterSunday(day.getYear()).toEpochDay());
        return easterOffsetDays.contains(fromEaster);
    }

    public LocalDate firstPickupDayAfter(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isPickupDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
