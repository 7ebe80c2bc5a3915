package org.studypath;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers point one way: domain ← store / exchange / search ← app ← ui ← the composition root. */
@AnalyzeClasses(packages = "org.studypath", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Root").definedBy("org.studypath")
            .layer("UI").definedBy("org.studypath.ui..")
            .layer("App").definedBy("org.studypath.app..")
            .layer("Store").definedBy("org.studypath.store..")
            .layer("Exchange").definedBy("org.studypath.exchange..")
            .layer("Search").definedBy("org.studypath.search..")
            .layer("Notes").definedBy("org.studypath.notes..")
            .layer("Domain").definedBy("org.studypath.domain..")
            .whereLayer("Root").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Root")
            .whereLayer("App").mayOnlyBeAccessedByLayers("UI", "Root")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "Root")
            .whereLayer("Exchange").mayOnlyBeAccessedByLayers("App", "Root")
            .whereLayer("Search").mayOnlyBeAccessedByLayers("App", "Root")
            .whereLayer("Notes").mayOnlyBeAccessedByLayers("Exchange", "App", "UI", "Root")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Store", "Exchange", "Search", "Notes", "App", "UI", "Root");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("org.studypath.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..", "com.fasterxml..");

    /** The search is built from the domain's text and answers the domain's contract: it reads no file and no table. */
    @ArchTest
    static final ArchRule searchDependsOnTheDomainOnly = noClasses().that().resideInAPackage("org.studypath.search..")
            .should().dependOnClassesThat().resideInAnyPackage("org.studypath.store..", "org.studypath.exchange..",
                    "org.studypath.app..", "org.studypath.ui..", "java.io..", "java.nio.file..");

    /**
     * A note's Markdown and maths are read and laid out the same for the window and the reports: the notes package
     * reads no file or table and draws on no control, so the UI and the exports can both use it.
     */
    @ArchTest
    static final ArchRule notesDependOnTheDomainOnly = noClasses().that().resideInAPackage("org.studypath.notes..")
            .should().dependOnClassesThat().resideInAnyPackage("org.studypath.store..", "org.studypath.exchange..",
                    "org.studypath.search..", "org.studypath.app..", "org.studypath.ui..", "java.io..",
                    "java.nio.file..", "javafx..");

    @ArchTest
    static final ArchRule noSqlOutsideTheStore = noClasses().that().resideOutsideOfPackage("org.studypath.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule viewModelsNeverTouchControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule noUiBelowTheUiLayer = noClasses().that().resideInAnyPackage("org.studypath.app..",
                    "org.studypath.store..", "org.studypath.exchange..", "org.studypath.search..", "org.studypath.domain..",
                    "org.studypath.notes..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    /**
     * The composition root wires and sequences; it makes no control, no thread and no stray output of its own (those
     * live in ui.start, app.Background and the logger).
     */
    @ArchTest
    static final ArchRule theRootMakesNoControlsOrThreads = noClasses()
            .that().haveFullyQualifiedName("org.studypath.StudyPathApplication")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.concurrent..", "org.controlsfx..")
            .orShould().dependOnClassesThat().belongToAnyOf(Thread.class, java.util.concurrent.Executors.class,
                    java.util.concurrent.ExecutorService.class, java.util.concurrent.ThreadFactory.class,
                    java.util.concurrent.CompletableFuture.class, java.util.Timer.class)
            .orShould().accessField(System.class, "out")
            .orShould().accessField(System.class, "err");
}
