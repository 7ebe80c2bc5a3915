package org.studypath.domain.plan;

import java.util.EnumMap;
import java.util.Map;
import org.studypath.domain.ResourceType;

/**
 * Turns estimated minutes into planned minutes per resource type: videos ×0.75 when watched faster, books ×2 with
 * exercises. A resource's own factor overrides its type's. Factors are kept between 0.1 and 10.
 */
public record PaceFactors(Map<ResourceType, Double> byType) {
    public static final double MIN = 0.1;
    public static final double MAX = 10;

    public PaceFactors {
        EnumMap<ResourceType, Double> copy = new EnumMap<>(ResourceType.class);
        for (ResourceType type : ResourceType.values()) {
            double factor = byType == null ? 1.0 : byType.getOrDefault(type, 1.0);
            requireValid(factor);
            copy.put(type, factor);
        }
        byType = Map.copyOf(copy);
    }

    public static PaceFactors neutral() {
        return new PaceFactors(Map.of());
    }

    public static void requireValid(double factor) {
        if (!(factor >= MIN && factor <= MAX)) {
            throw new IllegalArgumentException("a pace factor must be between " + MIN + " and " + MAX + ", was " + factor);
        }
    }

    public double factorFor(ResourceType type, Double override) {
        return override != null ? override : byType.get(type);
    }

    /** Planned minutes: estimated minutes times the factor, rounded up, at least one minute. */
    public static int planned(int minutes, double factor) {
        return Math.max(1, (int) Math.ceil(minutes * factor - 1e-9));
    }

    public PaceFactors with(ResourceType type, double factor) {
        EnumMap<ResourceType, Double> copy = new EnumMap<>(byType);
        copy.put(type, factor);
        return new PaceFactors(copy);
    }
}
