package org.studypath.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates and timestamps from outside: strict, and only in years a study plan can have. */
class PlausibleDatesTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-01-32", "0000-01-01", "-0001-01-01",
            "+2026-01-01", "10000-01-01", "+10000-01-01", "1899-12-31", "2201-01-01", "2026-1-1", "26-01-01", " 2026-01-01",
            "2026-01-01 ", "2026-01-01T00:00:00Z", "", "２０２６-01-01"})
    void datesThatAreNotPlausibleAreRefused(String text) {
        assertThat(PlausibleDates.date(text)).as(text).isEmpty();
    }

    @Test
    void theEdgesOfTheRangeAndLeapDaysAreTaken() {
        assertThat(PlausibleDates.date("1900-01-01")).contains(LocalDate.of(1900, 1, 1));
        assertThat(PlausibleDates.date("2200-12-31")).contains(LocalDate.of(2200, 12, 31));
        assertThat(PlausibleDates.date("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30 10:00:00", "2026-01-14 24:00:00", "2026-01-14T24:00:00Z", "2026-01-14T23:60:00Z",
            "2026-01-14T23:59:60Z", "10000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "1899-12-31T23:59:59Z",
            "2026-01-14 10:00", "2026-01-14T10:00:00", "2026-01-14T10:00:00+01:00", "2026-01-14T10:00:00.Z",
            "2026-01-14T10:00:00.1234567890Z", "2026-01-14 10:00:00Z"})
    void timestampsThatAreNotPlausibleAreRefused(String text) {
        assertThat(PlausibleDates.timestamp(text)).as(text).isEmpty();
    }

    @Test
    void bothFormsOfTimestampAreTaken() {
        assertThat(PlausibleDates.timestamp("2026-11-25T18:30:00Z")).contains(Instant.parse("2026-11-25T18:30:00Z"));
        assertThat(PlausibleDates.timestamp("2026-11-25T18:30:00.123456789Z"))
                .contains(Instant.parse("2026-11-25T18:30:00.123456789Z"));
        assertThat(PlausibleDates.timestamp("2026-11-25 18:30:00")).contains(Instant.parse("2026-11-25T18:30:00Z"));
        assertThat(PlausibleDates.timestamp(Instant.parse("2026-11-25T18:30:00.5Z").toString())).isPresent();
    }
}
