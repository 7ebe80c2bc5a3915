package org.studypath.bench;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.studypath.domain.ResourceType;
import org.studypath.domain.catalog.CatalogData;
import org.studypath.domain.catalog.CatalogResource;
import org.studypath.domain.catalog.CatalogUnit;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.Schedule;
import org.studypath.domain.plan.Scheduler;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.review.Rating;
import org.studypath.domain.review.ReviewHistory;
import org.studypath.domain.review.ReviewLadder;
import org.studypath.domain.review.ReviewSettings;
import org.studypath.exchange.CatalogJsonReader;

/**
 * Targets (issue 3): scheduling 1,000 resources / 20,000 units over about five years under 50 ms; the what-if update
 * of the starter path (the seed catalog's 12 resources) under 16 ms, one frame. Issue 22: the same path with reviews
 * on and two years of history (units done as planned, each review rated on its day) stays under the 50 ms: the plan
 * as the learner sees it, baseline and shown plan with reviews together, as {@code PlannedPath} computes them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SchedulerBenchmark {
    static final LocalDate START = LocalDate.of(2026, 12, 1);

    List<PlanItem> large;
    List<PlanItem> starter;
    Availability typical;
    Availability whatIf;
    PaceFactors pace;
    /** The large path two years in: units done on their planned days, with their ratings. */
    List<PlanItem> twoYearsIn;
    Availability twoYearsAgo;
    ReviewHistory history;
    LocalDate today;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Random random = new Random(42);
        large = new ArrayList<>();
        long unitId = 1;
        for (int r = 0; r < 1_000; r++) {
            List<PlanItem.PlanUnit> units = new ArrayList<>();
            for (int u = 0; u < 20; u++) {
                // 3-9 minutes a unit: 20,000 units fill about five years at 8 hours a week
                units.add(new PlanItem.PlanUnit(unitId++, "Unit " + u, 3 + random.nextInt(7), true, false));
            }
            Set<Long> prerequisites = r > 0 && r % 10 == 0 ? Set.of((long) r - 5) : Set.of();
            large.add(new PlanItem(r, "Resource " + r, ResourceType.values()[r % 5], null, prerequisites, units));
        }
        typical = Availability.typical(START);
        pace = PaceFactors.neutral().with(ResourceType.VIDEO_SERIES, 0.75).with(ResourceType.BOOK, 2.0);

        CatalogData seed;
        try (InputStream in = SchedulerBenchmark.class.getResourceAsStream("/catalog/math-for-ml.json")) {
            seed = new CatalogJsonReader().read(in, "math-for-ml.json");
        }
        starter = new ArrayList<>();
        long id = 1;
        for (CatalogResource resource : seed.categories().stream().flatMap(c -> c.resources().stream()).toList()) {
            List<PlanItem.PlanUnit> units = new ArrayList<>();
            for (CatalogUnit unit : resource.units()) {
                units.add(new PlanItem.PlanUnit(unitId++, unit.title(), unit.minutes(), true, false));
            }
            starter.add(new PlanItem(id++, resource.title(), resource.type(), null, Set.of(), units));
        }
        whatIf = typical.withMinutes(DayOfWeek.SUNDAY, 120).withTarget(START.plusMonths(9));
        Schedule check = Scheduler.plan(large, typical, PaceFactors.neutral());
        System.out.println("large plan: " + check.sessions().size() + " sessions, " + check.start() + " to " + check.finish());
        withHistory(random);
    }

    /** The large path started two years before today, every unit planned before today done on its day and reviewed. */
    private void withHistory(Random random) {
        today = START.plusYears(2);
        twoYearsAgo = Availability.typical(START);
        java.util.Map<Long, LocalDate> doneOn = new java.util.HashMap<>();
        for (var session : Scheduler.plan(large, twoYearsAgo, PaceFactors.neutral()).sessions()) {
            if (session.date().isBefore(today)) {
                doneOn.put(session.unitId(), session.date());
            }
        }
        List<ReviewHistory.Rated> ratings = new ArrayList<>();
        twoYearsIn = new ArrayList<>();
        for (PlanItem item : large) {
            List<PlanItem.PlanUnit> units = new ArrayList<>();
            for (PlanItem.PlanUnit unit : item.units()) {
                LocalDate done = doneOn.get(unit.unitId());
                if (done == null) {
                    units.add(unit);
                    continue;
                }
                units.add(unit.withStatus(UnitStatus.DONE, done));
                // each review rated on its due day until today: mostly Good, some Hard, Easy and Again
                List<ReviewHistory.Rated> own = new ArrayList<>();
                while (true) {
                    var state = ReviewLadder.state(done, own, ReviewSettings.DEFAULT);
                    if (state.due().isEmpty() || !state.due().get().isBefore(today)) {
                        break;
                    }
                    int pick = random.nextInt(20);
                    Rating rating = pick < 14 ? Rating.GOOD : pick < 17 ? Rating.HARD : pick < 19 ? Rating.EASY : Rating.AGAIN;
                    own.add(new ReviewHistory.Rated(ratings.size() + own.size() + 1, unit.unitId(), state.due().get(), rating));
                }
                ratings.addAll(own);
            }
            twoYearsIn.add(item.withUnits(units));
        }
        history = new ReviewHistory(ratings);
        Schedule shown = plannedWithReviews();
        System.out.println("two years in: " + doneOn.size() + " units done, " + ratings.size() + " ratings, "
                + shown.sessions().stream().filter(s -> s.isReview() && !s.date().isBefore(today)).count()
                + " reviews planned from " + today + ", notices " + shown.warnings());
    }

    @Benchmark
    public Schedule schedule1000Resources20000Units() {
        return Scheduler.plan(large, typical, PaceFactors.neutral());
    }

    /** The plan as shown with reviews on: the baseline, then rated and due reviews placed first in each day. */
    @Benchmark
    public Schedule plannedWithReviews() {
        Schedule baseline = Scheduler.plan(twoYearsIn, twoYearsAgo, PaceFactors.neutral());
        return Scheduler.shown(twoYearsIn, twoYearsAgo, PaceFactors.neutral(), baseline, ReviewSettings.DEFAULT, history,
                today);
    }

    /** The same path and day with reviews off, to compare. */
    @Benchmark
    public Schedule plannedWithoutReviews() {
        Schedule baseline = Scheduler.plan(twoYearsIn, twoYearsAgo, PaceFactors.neutral());
        return Scheduler.shown(twoYearsIn, twoYearsAgo, PaceFactors.neutral(), baseline, ReviewSettings.OFF, history,
                today);
    }

    @Benchmark
    public Schedule whatIfStarterPath() {
        return Scheduler.plan(starter, whatIf, pace);
    }
}
