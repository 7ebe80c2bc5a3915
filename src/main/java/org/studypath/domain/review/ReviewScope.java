package org.studypath.domain.review;

import java.util.Locale;
import java.util.Optional;

/**
 * What one review covers: a single unit, or a whole resource once all its units are done (one longer review in
 * place of many short ones, for resources whose units make sense only together).
 */
public enum ReviewScope {
    UNITS, RESOURCES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReviewScope> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (ReviewScope scope : values()) {
            if (scope.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
