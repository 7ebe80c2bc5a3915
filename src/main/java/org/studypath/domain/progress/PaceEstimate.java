package org.studypath.domain.progress;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.studypath.domain.ResourceType;
import org.studypath.domain.plan.PaceFactors;

/**
 * The learner's own pace for one type of resource: the minutes they logged on finished units against those units'
 * estimates. A factor of 1.4 means books take them 40 % longer than estimated. Only suggested to the scheduler once
 * {@link #MIN_UNITS} finished units with logged time back it up.
 */
public record PaceEstimate(ResourceType type, int units, int estimatedMinutes, int actualMinutes) {
    public static final int MIN_UNITS = 3;

    /** One finished unit with time logged on it. */
    public record UnitActual(ResourceType type, int estimatedMinutes, int actualMinutes) {
    }

    /** Actual over estimated, rounded to 0.05 and kept within the range the scheduler accepts. */
    public double factor() {
        if (estimatedMinutes <= 0) {
            return 1.0;
        }
        double raw = (double) actualMinutes / estimatedMinutes;
        double rounded = Math.round(raw * 20) / 20.0;
        return Math.max(PaceFactors.MIN, Math.min(PaceFactors.MAX, rounded));
    }

    public boolean enoughData() {
        return units >= MIN_UNITS && estimatedMinutes > 0;
    }

    /** One estimate per type that has finished units with logged time, in the order of {@link ResourceType}. */
    public static List<PaceEstimate> from(List<UnitActual> actuals) {
        Map<ResourceType, int[]> sums = new EnumMap<>(ResourceType.class);
        for (UnitActual actual : actuals) {
            if (actual.actualMinutes() <= 0 || actual.estimatedMinutes() <= 0) {
                continue;
            }
            int[] sum = sums.computeIfAbsent(actual.type(), t -> new int[3]);
            sum[0]++;
            sum[1] += actual.estimatedMinutes();
            sum[2] += actual.actualMinutes();
        }
        List<PaceEstimate> estimates = new ArrayList<>();
        sums.forEach((type, sum) -> estimates.add(new PaceEstimate(type, sum[0], sum[1], sum[2])));
        return estimates;
    }

    /** The pace factors with every type that has enough data set to the learner's own pace. */
    public static PaceFactors apply(PaceFactors current, List<PaceEstimate> estimates) {
        PaceFactors result = current;
        for (PaceEstimate estimate : estimates) {
            if (estimate.enoughData()) {
                result = result.with(estimate.type(), estimate.factor());
            }
        }
        return result;
    }
}
