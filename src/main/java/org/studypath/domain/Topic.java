package org.studypath.domain;

import java.util.Arrays;
import java.util.Optional;

/** Subject areas a resource covers; the key is what catalog files and the store use. */
public enum Topic {
    CALCULUS("calculus", "Calculus", "微积分"),
    LINEAR_ALGEBRA("linear-algebra", "Linear algebra", "线性代数"),
    PROBABILITY_STATISTICS("probability-statistics", "Probability & statistics", "概率与统计"),
    OPTIMISATION("optimisation", "Optimisation", "最优化"),
    DEEP_LEARNING("deep-learning", "Deep learning", "深度学习"),
    NUMERICAL_LINEAR_ALGEBRA("numerical-linear-algebra", "Numerical linear algebra", "数值线性代数"),
    MACHINE_LEARNING("machine-learning", "Machine learning", "机器学习");

    private final String key;
    private final LocalizedText label;

    Topic(String key, String en, String zh) {
        this.key = key;
        this.label = new LocalizedText(en, zh);
    }

    public String key() {
        return key;
    }

    public LocalizedText label() {
        return label;
    }

    public static Optional<Topic> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
