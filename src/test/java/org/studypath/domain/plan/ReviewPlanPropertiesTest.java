package org.studypath.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.studypath.domain.Notice;
import org.studypath.domain.ResourceType;
import org.studypath.domain.review.Rating;
import org.studypath.domain.review.ReviewHistory;
import org.studypath.domain.review.ReviewLadder;
import org.studypath.domain.review.ReviewScope;
import org.studypath.domain.review.ReviewSettings;

/**
 * Properties of the plan with reviews (issue 22, point 7), over random paths, weeks, done days, ratings and settings:
 * no day from today on goes over its minutes, every due review is placed or reported, review dates grow with good
 * ratings, the result is deterministic, and with review off the plan is the plan without reviews.
 *
 * <p>Seeded-random JUnit tests: each case is built by {@link #randomCase(long)} from a {@code java.util.Random} with
 * its seed, and every failure message starts with {@code seed=…}; to replay a case, call {@code randomCase} with that
 * seed (or put it first in {@link #SEEDS}).
 */
class ReviewPlanPropertiesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    /** The case seeds: the edge values of a long, then longs from a fixed master seed (so every run checks the same cases). */
    static final long[] SEEDS = LongStream.concat(LongStream.of(0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE),
            new Random(0x5EED_2026_0615L).longs(295)).toArray();

    static LongStream seeds(int count) {
        return LongStream.of(SEEDS).limit(count);
    }

    /** The first 300 seeds. */
    static LongStream seeds300() {
        return seeds(300);
    }

    /** The first 150 seeds. */
    static LongStream seeds150() {
        return seeds(150);
    }

    /** Every (easyAt, lateBy) in 0..4 × 0..3: all 20 cases there are. */
    static Stream<Arguments> easyAtAndLateBy() {
        return IntStream.rangeClosed(0, 4).boxed()
                .flatMap(easyAt -> IntStream.rangeClosed(0, 3).mapToObj(lateBy -> Arguments.of(easyAt, lateBy)));
    }

    /** A random path with units done on days before today, ratings of some of them, and its week. */
    record Case(List<PlanItem> path, Availability availability, ReviewSettings settings, ReviewHistory history) {
        Schedule shown() {
            Schedule baseline = Scheduler.plan(path, availability, PaceFactors.neutral());
            return Scheduler.shown(path, availability, PaceFactors.neutral(), baseline, settings, history, TODAY);
        }
    }

    static Case randomCase(long seed) {
        Random random = new Random(seed);
        LocalDate start = TODAY.minusDays(random.nextInt(120));
        List<PlanItem> path = new ArrayList<>();
        List<ReviewHistory.Rated> ratings = new ArrayList<>();
        long unitId = 1;
        int resources = 1 + random.nextInt(5);
        for (int r = 0; r < resources; r++) {
            List<PlanItem.PlanUnit> units = new ArrayList<>();
            int count = 1 + random.nextInt(8);
            for (int u = 0; u < count; u++, unitId++) {
                int minutes = 5 + random.nextInt(240);
                int pick = random.nextInt(10);
                UnitStatus status = pick < 5 ? UnitStatus.DONE : pick < 6 ? UnitStatus.SKIPPED
                        : pick < 7 ? UnitStatus.IN_PROGRESS : UnitStatus.NOT_STARTED;
                // done work lies before today, so the days from today on hold only what the plan put there
                LocalDate day = status == UnitStatus.NOT_STARTED ? null : TODAY.minusDays(1 + random.nextInt(150));
                units.add(new PlanItem.PlanUnit(unitId, "U" + unitId, minutes, random.nextInt(12) > 0, status, day, 0));
                if (day != null) {
                    LocalDate rated = day.plusDays(1 + random.nextInt(5));
                    for (int k = random.nextInt(4); k > 0 && rated.isBefore(TODAY); k--) {
                        ratings.add(new ReviewHistory.Rated(ratings.size() + 1, unitId, rated,
                                Rating.values()[random.nextInt(4)]));
                        rated = rated.plusDays(1 + random.nextInt(20));
                    }
                }
            }
            path.add(new PlanItem(r + 1, "R" + r, ResourceType.values()[random.nextInt(ResourceType.values().length)],
                    null, Set.of(), units));
        }
        Map<DayOfWeek, Integer> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, random.nextInt(4) == 0 ? 0 : random.nextInt(180));
        }
        week.put(DayOfWeek.of(1 + random.nextInt(7)), 10 + random.nextInt(120)); // at least one day with time
        Set<LocalDate> off = new HashSet<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            off.add(TODAY.plusDays(random.nextInt(30)));
        }
        ReviewSettings settings = new ReviewSettings(true, 5 + random.nextInt(60),
                random.nextBoolean() ? ReviewScope.UNITS : ReviewScope.RESOURCES, ReviewSettings.DEFAULT_INTERVALS);
        return new Case(path, new Availability(week, start, null, off), settings, new ReviewHistory(ratings));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds300")
    void noDayFromTodayOnGoesOverItsMinutesReviewsIncluded(long seed) {
        Case c = randomCase(seed);
        Schedule shown = c.shown();
        shown.byDay().forEach((day, sessions) -> {
            if (!day.isBefore(TODAY)) {
                assertThat(sessions.stream().mapToInt(Session::minutes).sum()).as("seed=%d: minutes on %s", seed, day)
                        .isLessThanOrEqualTo(c.availability().minutesOn(day));
                assertThat(sessions.stream().filter(Session::isReview).mapToInt(Session::minutes).sum())
                        .as("seed=%d: review minutes on %s", seed, day).isLessThanOrEqualTo(c.settings().dailyCapMinutes());
            }
        });
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds300")
    void everyDueReviewIsPlacedOrReported(long seed) {
        Case c = randomCase(seed);
        Schedule shown = c.shown();
        // what is due: each reviewed unit's next review, by the ladder on its own
        int due = 0;
        Set<Long> expected = new HashSet<>();
        for (PlanItem item : c.path()) {
            List<PlanItem.PlanUnit> counted = item.units().stream().filter(PlanItem.PlanUnit::counts).toList();
            if (c.settings().scope() == ReviewScope.RESOURCES) {
                if (!counted.isEmpty() && counted.stream().allMatch(u -> u.done() && u.statusDate() != null)) {
                    LocalDate doneDay = Collections.max(counted.stream().map(PlanItem.PlanUnit::statusDate).toList());
                    long anchor = counted.get(counted.size() - 1).unitId();
                    if (!ReviewLadder.state(doneDay, c.history().since(anchor, doneDay), c.settings()).retired()) {
                        due++;
                        expected.add(anchor);
                    }
                }
                continue;
            }
            for (PlanItem.PlanUnit unit : counted) {
                if (unit.done() && unit.statusDate() != null && !ReviewLadder.state(unit.statusDate(),
                        c.history().since(unit.unitId(), unit.statusDate()), c.settings()).retired()) {
                    due++;
                    expected.add(unit.unitId());
                }
            }
        }
        List<Session> open = shown.sessions().stream().filter(Session::isReview)
                .filter(s -> c.history().on(s.unitId(), s.date()).isEmpty() || !s.date().isBefore(TODAY)).toList();
        List<Session> placed = open.stream().filter(s -> !s.date().isBefore(TODAY)).toList();
        int reported = shown.notices().stream().filter(n -> n.key().equals("review.notPlaced"))
                .mapToInt(n -> (Integer) n.args().get(0)).sum();
        assertThat(placed.size() + reported).as("seed=%d: placed + reported = due", seed).isEqualTo(due);
        assertThat(placed.stream().map(Session::unitId).toList()).as("seed=%d: placed reviews", seed)
                .doesNotHaveDuplicates();
        assertThat(expected).as("seed=%d: due units", seed).containsAll(placed.stream().map(Session::unitId).toList());
    }

    @ParameterizedTest(name = "easyAt={0}, lateBy={1}")
    @MethodSource("easyAtAndLateBy")
    void reviewDatesGrowWithGoodRatings(int easyAt, int lateBy) {
        LocalDate done = LocalDate.of(2026, 1, 5);
        List<ReviewHistory.Rated> ratings = new ArrayList<>();
        long previousGap = 0;
        LocalDate last = done;
        for (int i = 0; i < 6; i++) {
            ReviewLadder.State state = ReviewLadder.state(done, ratings, ReviewSettings.DEFAULT);
            if (state.retired()) {
                break;
            }
            LocalDate due = state.due().orElseThrow();
            long gap = ChronoUnit.DAYS.between(last, due);
            assertThat(gap).as("easyAt=%d, lateBy=%d: review %d", easyAt, lateBy, i + 1).isGreaterThan(previousGap);
            previousGap = gap;
            // rated on the due day or a little late, Good (Easy once): the next gap is longer still
            LocalDate rated = due.plusDays(lateBy);
            ratings.add(new ReviewHistory.Rated(i + 1, 1, rated, i == easyAt ? Rating.EASY : Rating.GOOD));
            last = rated;
        }
        assertThat(ReviewLadder.state(done, ratings, ReviewSettings.DEFAULT).retired())
                .as("easyAt=%d, lateBy=%d: good ratings retire the unit within the ladder", easyAt, lateBy).isTrue();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds150")
    void theResultIsDeterministic(long seed) {
        Case c = randomCase(seed);
        List<ReviewHistory.Rated> shuffled = new ArrayList<>(c.history().all());
        Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
        Case again = new Case(c.path(), c.availability(), c.settings(), new ReviewHistory(shuffled));
        assertThat(again.shown()).as("seed=%d: ratings in another order", seed).isEqualTo(c.shown());
        assertThat(c.shown()).as("seed=%d: planned twice", seed).isEqualTo(c.shown());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds150")
    void withReviewOffThePlanIsTheOldPlan(long seed) {
        Case c = randomCase(seed);
        Schedule baseline = Scheduler.plan(c.path(), c.availability(), PaceFactors.neutral());
        Schedule old = Scheduler.shown(c.path(), c.availability(), PaceFactors.neutral(), baseline);
        Case off = new Case(c.path(), c.availability(), c.settings().withOn(false), c.history());
        assertThat(off.shown()).as("seed=%d: review off", seed).isEqualTo(old);
        assertThat(off.shown().notices()).as("seed=%d: review notices with review off", seed).extracting(Notice::key)
                .noneMatch(k -> k.startsWith("review."));
    }
}
