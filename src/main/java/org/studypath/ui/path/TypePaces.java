package org.studypath.ui.path;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.studypath.domain.ResourceType;
import org.studypath.domain.plan.PaceFactors;

/** The default pace factor of each resource type as edited (used where a resource has no pace of its own). */
final class TypePaces {
    private final PathWork work;
    private final Map<ResourceType, DoubleProperty> factors = new EnumMap<>(ResourceType.class);
    /** The same factors as objects, for number boxes to bind to; kept here so their bindings last. */
    private final Map<ResourceType, ObjectProperty<Double>> values = new EnumMap<>(ResourceType.class);

    TypePaces(PathWork work) {
        this.work = work;
        for (ResourceType type : ResourceType.values()) {
            DoubleProperty factor = new SimpleDoubleProperty(this, type.name(), 1.0);
            factors.put(type, factor);
            values.put(type, factor.asObject());
        }
    }

    /** Shows the saved factors. */
    void fill(PaceFactors pace) {
        factors.forEach((type, property) -> property.set(pace.factorFor(type, null)));
    }

    /** Saves every factor, or says which one is out of range and saves none. */
    void save() {
        Map<ResourceType, Double> chosen = new EnumMap<>(ResourceType.class);
        for (Map.Entry<ResourceType, DoubleProperty> entry : factors.entrySet()) {
            double factor = entry.getValue().get();
            if (!(factor >= PaceFactors.MIN && factor <= PaceFactors.MAX)) {
                work.dialogs.showError(work.messages.text("paths.pace.checkTitle"), work.messages.text(
                        "paths.pace.typeOutOfRange", entry.getKey().label().in(work.messages.locale()),
                        work.messages.decimal(PaceFactors.MIN), work.messages.decimal(PaceFactors.MAX)));
                return;
            }
            chosen.put(entry.getKey(), factor);
        }
        PaceFactors pace = new PaceFactors(chosen);
        work.change("Save pace factors", () -> work.plans.savePaceFactors(pace), work.messages.text("paths.pace.saved"));
    }

    DoubleProperty factorProperty(ResourceType type) {
        return factors.get(type);
    }

    /** {@link #factorProperty} as an object property, the type number boxes bind to. */
    ObjectProperty<Double> valueProperty(ResourceType type) {
        return values.get(type);
    }
}
