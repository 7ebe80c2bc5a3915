package org.studypath.bench;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.studypath.domain.Topic;
import org.studypath.domain.backup.BackupFormat;
import org.studypath.exchange.backup.BackupJsonWriter;

/**
 * A backup of 100,000 resources that reads like a real catalog, for the search measurement: titles such as
 * "Introduction to Linear Algebra" / "线性代数导论" drawn from 24 subjects, one to three creators out of 3,600 names,
 * topics, and five unit titles each from the subject's chapters. (ExchangeBenchmark's backup, "Resource 1" … with one
 * word repeated everywhere, would make every search either match all or nothing.) Seeded, so every run is the same.
 */
final class SearchCatalog {
    static final int RESOURCES = 100_000;
    static final int UNITS_PER_RESOURCE = 5;

    /** English name, Chinese name, topic key, chapter titles. */
    private record Subject(String en, String zh, String topic, List<String> chapters) {
    }

    private static final List<Subject> SUBJECTS = List.of(
            new Subject("Linear Algebra", "线性代数", "linear-algebra", List.of("Vectors and spaces", "Matrices",
                    "Systems of linear equations", "Determinants", "Eigenvalues and eigenvectors", "Orthogonality",
                    "Singular value decomposition", "Linear transformations")),
            new Subject("Numerical Linear Algebra", "数值线性代数", "numerical-linear-algebra", List.of("Floating point",
                    "LU factorisation", "QR factorisation", "Least squares", "Iterative methods", "Conditioning")),
            new Subject("Probability", "概率论", "probability-statistics", List.of("Counting", "Conditional probability",
                    "Random variables", "Expectation", "Law of large numbers", "Central limit theorem", "Markov chains")),
            new Subject("Probability and Statistics", "概率与统计", "probability-statistics", List.of("Descriptive statistics",
                    "Distributions", "Estimation", "Hypothesis testing", "Regression", "Bayesian inference")),
            new Subject("Mathematical Statistics", "数理统计", "probability-statistics", List.of("Sampling", "Point estimation",
                    "Confidence intervals", "Likelihood", "Sufficiency", "Tests")),
            new Subject("Bayesian Statistics", "贝叶斯统计", "probability-statistics", List.of("Priors", "Posterior inference",
                    "Conjugate models", "Markov chain Monte Carlo", "Hierarchical models")),
            new Subject("Stochastic Processes", "随机过程", "probability-statistics", List.of("Markov chains", "Poisson processes",
                    "Brownian motion", "Martingales", "Queues")),
            new Subject("Calculus", "微积分", "calculus", List.of("Limits", "Derivatives", "Integrals", "Series",
                    "Applications of derivatives", "Techniques of integration")),
            new Subject("Multivariable Calculus", "多元微积分", "calculus", List.of("Partial derivatives", "Gradients",
                    "Multiple integrals", "Vector fields", "Stokes' theorem")),
            new Subject("Real Analysis", "实分析", "calculus", List.of("The real numbers", "Sequences", "Continuity",
                    "Differentiation", "Riemann integration", "Uniform convergence")),
            new Subject("Complex Analysis", "复分析", "calculus", List.of("Complex numbers", "Holomorphic functions",
                    "Cauchy's theorem", "Residues", "Conformal maps")),
            new Subject("Measure Theory", "测度论", "probability-statistics", List.of("Sigma algebras", "Lebesgue measure",
                    "Integration", "Convergence theorems", "Product measures")),
            new Subject("Optimization", "最优化", "optimisation", List.of("Unconstrained optimisation", "Gradient descent",
                    "Newton's method", "Constraints", "Duality", "Linear programming")),
            new Subject("Convex Optimization", "凸优化", "optimisation", List.of("Convex sets", "Convex functions",
                    "Duality", "Interior point methods", "Applications")),
            new Subject("Machine Learning", "机器学习", "machine-learning", List.of("Linear regression", "Classification",
                    "Support vector machines", "Decision trees", "Clustering", "Model selection")),
            new Subject("Deep Learning", "深度学习", "deep-learning", List.of("Neural networks", "Backpropagation",
                    "Convolutional networks", "Recurrent networks", "Regularisation", "Transformers")),
            new Subject("Reinforcement Learning", "强化学习", "machine-learning", List.of("Bandits", "Markov decision processes",
                    "Dynamic programming", "Temporal difference learning", "Policy gradients")),
            new Subject("Information Theory", "信息论", "probability-statistics", List.of("Entropy", "Mutual information",
                    "Source coding", "Channel capacity", "Rate distortion")),
            new Subject("Graph Theory", "图论", "calculus", List.of("Graphs and trees", "Connectivity", "Matchings",
                    "Colourings", "Planar graphs", "Network flows")),
            new Subject("Number Theory", "数论", "calculus", List.of("Divisibility", "Primes", "Congruences",
                    "Quadratic reciprocity", "Diophantine equations")),
            new Subject("Abstract Algebra", "抽象代数", "linear-algebra", List.of("Groups", "Rings", "Fields",
                    "Homomorphisms", "Galois theory")),
            new Subject("Topology", "拓扑学", "calculus", List.of("Topological spaces", "Continuity", "Compactness",
                    "Connectedness", "The fundamental group")),
            new Subject("Differential Equations", "微分方程", "calculus", List.of("First-order equations",
                    "Linear systems", "Laplace transforms", "Stability", "Partial differential equations")),
            new Subject("Discrete Mathematics", "离散数学", "calculus", List.of("Logic", "Sets and relations", "Induction",
                    "Combinatorics", "Recurrences", "Graphs")));

    private static final List<String> PREFIXES = List.of("", "Introduction to ", "A First Course in ", "Lectures on ",
            "Applied ", "Elementary ", "Advanced ", "Topics in ", "Foundations of ", "Notes on ", "Essentials of ",
            "Visual ");
    private static final List<String> SUFFIXES = List.of("", "", " for Engineers", " with Applications",
            " and Its Applications", " for Machine Learning", " (2nd edition)", " Done Right", ": A Problem Book",
            ", Part 2");
    private static final List<String> ZH_SUFFIXES = List.of("", "导论", "教程", "讲义", "基础", "及其应用", "习题集", "入门",
            "（第二版）");
    private static final List<String> FIRST = List.of("Gilbert", "Sheldon", "David", "Marc", "Cheng", "Ian", "Yoshua",
            "Aaron", "Gareth", "Daniela", "Trevor", "Robert", "Jonathan", "Rachel", "Jeremy", "Grant", "Sal", "Samuel",
            "Stephen", "Lieven", "Terence", "Walter", "Michael", "Tom", "Christopher", "Kevin", "Richard", "Andrew",
            "Joseph", "Peter", "Larry", "Dimitri", "John", "Elias", "Lloyd", "Nicholas", "Ravi", "Wei", "Jing", "Li",
            "Hua", "Ming", "Xiaoming", "Yan", "Hao", "Lei", "Tao", "Fang", "Anna", "Maria", "Sofia", "Emma", "Olga",
            "Ingrid", "Claire", "Laura", "Paul", "James", "Thomas", "Henri");
    private static final List<String> LAST = List.of("Strang", "Axler", "Lay", "Deisenroth", "Ong", "Goodfellow",
            "Bengio", "Courville", "James", "Witten", "Hastie", "Tibshirani", "Taylor", "Thomas", "Howard", "Sanderson",
            "Khan", "Cooper", "Boyd", "Vandenberghe", "Tao", "Rudin", "Spivak", "Apostol", "Bishop", "Murphy", "Sutton",
            "Ng", "Blitzstein", "Ross", "Wasserman", "Bertsekas", "Tsitsiklis", "Stein", "Trefethen", "Higham", "Golub",
            "Halmos", "Artin", "Munkres", "Zhou", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Xu",
            "Sun", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Ma", "Feller", "Billingsley");
    private static final List<String> TYPES = List.of("BOOK", "ONLINE_COURSE", "VIDEO_SERIES", "COURSE_NOTES", "BOOK");

    private SearchCatalog() {
    }

    /** Writes the backup: 24 categories (one a subject), 100,000 resources, their creators, topics and units. */
    static void writeBackup(OutputStream out) throws Exception {
        Instant at = Instant.parse("2026-12-01T09:00:00Z");
        String now = at.toString();
        Random random = new Random(2026);
        int n = RESOURCES;
        int[] subject = new int[n + 1];
        for (int r = 1; r <= n; r++) {
            subject[r] = random.nextInt(SUBJECTS.size());
        }
        BackupJsonWriter writer = new BackupJsonWriter(out, "bench search catalog", at);
        long unitId = 0;
        for (BackupFormat.Table table : BackupFormat.TABLES) {
            writer.startTable(table);
            switch (table.name()) {
                case "category" -> {
                    for (int s = 0; s < SUBJECTS.size(); s++) {
                        // categories only ever come from a catalog, so each has a key (RestoreInvariants)
                        writer.row(new Object[] {s + 1L, "subject-" + (s + 1), SUBJECTS.get(s).en(),
                                SUBJECTS.get(s).zh(), (long) s});
                    }
                }
                case "resource" -> {
                    for (int r = 1; r <= n; r++) {
                        Subject s = SUBJECTS.get(subject[r]);
                        String title = PREFIXES.get(random.nextInt(PREFIXES.size())) + s.en()
                                + SUFFIXES.get(random.nextInt(SUFFIXES.size()));
                        String titleZh = s.zh() + ZH_SUFFIXES.get(random.nextInt(ZH_SUFFIXES.size()));
                        writer.row(new Object[] {(long) r, null, null, "USER", subject[r] + 1L, (long) r, title, titleZh,
                                "https://example.org/r/" + r, TYPES.get(r % TYPES.size()), "CHAPTER", (long) (r % 3 == 0 ? 0 : 1),
                                r % 4 == 0 ? "zh" : "en", "", "", "", "", 0L, 0L, now, now});
                    }
                }
                case "resource_creator" -> {
                    for (int r = 1; r <= n; r++) {
                        int creators = 1 + random.nextInt(3);
                        for (int c = 0; c < creators; c++) {
                            writer.row(new Object[] {(long) r, (long) c, FIRST.get(random.nextInt(FIRST.size())) + " "
                                    + LAST.get(random.nextInt(LAST.size()))});
                        }
                    }
                }
                case "resource_topic" -> {
                    for (int r = 1; r <= n; r++) {
                        String topic = SUBJECTS.get(subject[r]).topic();
                        writer.row(new Object[] {(long) r, topic});
                        if (r % 5 == 0 && !topic.equals(Topic.MACHINE_LEARNING.key())) {
                            writer.row(new Object[] {(long) r, Topic.MACHINE_LEARNING.key()});
                        }
                    }
                }
                case "unit" -> {
                    for (int r = 1; r <= n; r++) {
                        List<String> chapters = SUBJECTS.get(subject[r]).chapters();
                        int first = random.nextInt(chapters.size());
                        for (int u = 0; u < UNITS_PER_RESOURCE; u++) {
                            writer.row(new Object[] {++unitId, (long) r, null, (long) u,
                                    "Chapter " + (u + 1) + ": " + chapters.get((first + u) % chapters.size()),
                                    20L + random.nextInt(60), 0L, "", 0L});
                        }
                    }
                }
                default -> { }
            }
            writer.endTable(table);
        }
        writer.close();
    }
}
